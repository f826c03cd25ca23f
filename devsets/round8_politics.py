# ruff: noqa: E501
"""Round 8 training concepts: ordinary political posts about the Middle East (40 concepts, label 0,
group ``everyday``), self-written for vigil in six languages.

The detector learnt from the tweets of pro-ISIS accounts, which relay a great deal of world news
about the region; it then flagged ordinary people's political posts that name the same places,
leaders and wars. These concepts are such posts, as a platform's stream carries them, in four kinds
of ten each:

- ``e8-op-``: opinions on the region's politics and wars, strong ones included (anger at an air
  strike, at a government, at the West's double standards, at a massacre of civilians), from many
  sides: pro-Palestinian, pro-Israeli, against Assad, against Russia's bombing, against the US,
  Kurdish, Turkish nationalist, Iranian, Yemeni, Libyan;
- ``e8-pr-``: prayers and religious phrasing about politics (for Gaza, Syria, Lebanon, Iraq,
  Jerusalem, a leader's health, the victims of a strike), Muslim, Christian and Jewish;
- ``e8-hl-``: a shared headline with a link, a short comment and hashtags (elections, sanctions,
  a ceasefire, refugees arriving, a summit, the oil price, a border clash, an earthquake, a flood);
- ``e8-ev-``: everyday talk that touches politics (a taxi driver, a relative stuck at a crossing,
  prices, the news with grandparents, a cancelled flight, a family dinner, power cuts).

Real place and leader names are used freely: naming Damascus or Gaza is ordinary. Mentions are
written ``@user`` and links ``http``. None supports an armed group, calls to violence or to go and
fight, or dehumanises anyone.
"""

# fmt: off
ROUND8: list[tuple[str, str, int, str, dict[str, str]]] = [
    # ---------------------------------------------------------------------------------------
    # Opinions on the region's politics and wars, from many sides.
    # ---------------------------------------------------------------------------------------
    ("e8-op-gaza-school-strike", "everyday", 0, "", {
        "en": "Another UN school in Gaza hit last night. Families were sleeping there because they were told it was safe. Don't tell me this is self-defence. #Gaza #CeasefireNow",
        "ar": "مدرسة كمان تابعة للأونروا انقصفت بغزة امبارح بالليل، وفيها عائلات نايمة لأنهم قالولهم إنها آمنة. لا تحكولي دفاع عن النفس. #غزة #أوقفوا_الحرب",
        "fr": "Encore une école de l'ONU touchée cette nuit à Gaza. Des familles y dormaient parce qu'on leur avait dit que c'était sûr. Qu'on ne vienne pas me parler de légitime défense. #Gaza #CessezLeFeu",
        "de": "Schon wieder eine UN-Schule in Gaza getroffen, heute Nacht. Da haben Familien geschlafen, weil man ihnen gesagt hat, es sei sicher. Erzählt mir nichts von Selbstverteidigung. #Gaza #Waffenstillstand",
        "ru": "Этой ночью в Газе опять ударили по школе ООН. Там спали семьи, им сказали, что там безопасно. Только не надо мне про самооборону. #Газа #ПрекратитеОгонь",
        "tr": "Gazze'de dün gece bir BM okulu daha vuruldu. İçeride aileler uyuyordu, onlara orası güvenli denmişti. Kimse bana meşru müdafaa masalı anlatmasın. #Gazze #AteşkesŞimdi",
    }),
    ("e8-op-hostages-home", "everyday", 0, "", {
        "en": "Day 200. Babies, grandmothers, kids from a music festival, still held in Gaza. Where are all the human rights people now? Bring them home. #BringThemHomeNow",
        "ar": "اليوم ٢٠٠. أطفال رضّع وجدّات وشباب من حفلة موسيقية لسا مخطوفين بغزة. وين جماعة حقوق الإنسان هلق؟ رجّعوهم على بيوتهم. #BringThemHomeNow",
        "fr": "Jour 200. Des bébés, des grands-mères, des jeunes d'un festival de musique, toujours otages à Gaza. Elles sont où, les belles âmes des droits de l'homme ? Ramenez-les à la maison. #BringThemHomeNow",
        "de": "Tag 200. Babys, Großmütter, junge Leute von einem Musikfestival – immer noch als Geiseln in Gaza. Wo bleibt jetzt der Aufschrei der Menschenrechtler? Bringt sie nach Hause. #BringThemHomeNow",
        "ru": "200-й день. Младенцы, бабушки, ребята с музыкального фестиваля до сих пор в заложниках в Газе. Где сейчас все правозащитники? Верните их домой. #BringThemHomeNow",
        "tr": "200. gün. Bebekler, nineler, bir müzik festivalinden gençler hâlâ Gazze'de rehin. İnsan hakları savunucuları şimdi nerede? Evlerine dönsünler artık. #BringThemHomeNow",
    }),
    ("e8-op-assad-barrel-bombs", "everyday", 0, "", {
        "en": "Assad dropped barrel bombs on bakeries and hospitals in Aleppo and some people still call him the \"lesser evil\". No. A man who gasses his own people is not the lesser anything. #Syria",
        "ar": "بشار رمى براميل على الأفران والمشافي بحلب، ولسا في ناس بتقول عنه \"أهون الشرّين\". لا والله. اللي بيضرب شعبه بالكيماوي ما بيكون أهون شي. #سوريا",
        "fr": "Assad a largué des barils d'explosifs sur les boulangeries et les hôpitaux d'Alep, et il y a encore des gens pour l'appeler le « moindre mal ». Non. Un homme qui gaze son propre peuple n'est le moindre de rien. #Syrie",
        "de": "Assad hat Fassbomben auf Bäckereien und Krankenhäuser in Aleppo geworfen, und manche nennen ihn immer noch das „kleinere Übel“. Nein. Wer sein eigenes Volk vergast, ist kein kleineres Irgendwas. #Syrien",
        "ru": "Асад сбрасывал бочковые бомбы на пекарни и больницы Алеппо, а кто-то до сих пор называет его «меньшим злом». Нет. Тот, кто травит газом собственный народ, меньшим злом не бывает. #Сирия",
        "tr": "Esad Halep'te fırınlara, hastanelere varil bombası yağdırdı, hâlâ ona \"ehven-i şer\" diyenler var. Hayır. Kendi halkına kimyasal atan adam hiçbir şeyin ehveni olamaz. #Suriye",
    }),
    ("e8-op-russia-idlib-hospitals", "everyday", 0, "", {
        "en": "Russian jets hit a hospital in Idlib again, the third this year. Hospitals give their coordinates to the UN and still get bombed. Moscow calls it \"fighting terrorism\". Shameful. #Idlib",
        "ar": "الطيران الروسي قصف مشفى بإدلب مرة تانية، التالت هالسنة. المشافي بتعطي إحداثياتها للأمم المتحدة وبتنقصف كمان. وموسكو بتسمي هاد \"محاربة الإرهاب\". عيب. #إدلب",
        "fr": "L'aviation russe a encore frappé un hôpital à Idleb, le troisième cette année. Les hôpitaux donnent leurs coordonnées à l'ONU et se font quand même bombarder. Moscou appelle ça « lutter contre le terrorisme ». Honteux. #Idleb",
        "de": "Russische Jets haben in Idlib schon wieder ein Krankenhaus getroffen, das dritte dieses Jahr. Die Kliniken geben der UNO ihre Koordinaten und werden trotzdem bombardiert. Moskau nennt das „Terrorbekämpfung“. Widerlich. #Idlib",
        "ru": "Наша авиация опять ударила по больнице в Идлибе, третьей за год. Больницы передают координаты в ООН, и их все равно бомбят. И это у нас называется «борьба с терроризмом». Стыдно. #Идлиб",
        "tr": "Rus uçakları İdlib'de yine bir hastaneyi vurdu, bu yıl üçüncü. Hastaneler koordinatlarını BM'ye veriyor, yine de bombalanıyor. Moskova buna \"terörle mücadele\" diyor. Yazıklar olsun. #İdlib",
    }),
    ("e8-op-west-double-standards", "everyday", 0, "", {
        "en": "Funny how Washington lectures the world on international law. Iraq 2003: no WMDs, hundreds of thousands dead, not one person ever put on trial. Spare us the sermons. #Iraq",
        "ar": "حلوة أمريكا لما تعطي العالم دروس بالقانون الدولي. العراق ٢٠٠٣: لا أسلحة دمار شامل ولا شي، مئات الآلاف ماتوا، وولا واحد انحاكم. وفّروا علينا المواعظ. #العراق",
        "fr": "C'est beau, Washington qui donne des leçons de droit international. Irak 2003 : pas d'armes de destruction massive, des centaines de milliers de morts, personne jugé. Épargnez-nous les sermons. #Irak #DeuxPoidsDeuxMesures",
        "de": "Schon witzig, wie Washington der Welt Völkerrecht erklärt. Irak 2003: keine Massenvernichtungswaffen, Hunderttausende Tote, nie wurde jemand angeklagt. Spart euch die Predigten. #Irak #Doppelmoral",
        "ru": "Смешно, когда Вашингтон читает миру лекции о международном праве. Ирак 2003: никакого оружия массового поражения, сотни тысяч погибших, и никого не судили. Избавьте нас от нравоучений. #Ирак #двойныестандарты",
        "tr": "Washington'un dünyaya uluslararası hukuk dersi vermesi ne komik. Irak 2003: kitle imha silahı yok, yüz binlerce ölü, yargılanan tek kişi yok. Bize vaaz vermeyin. #Irak #ÇifteStandart",
    }),
    ("e8-op-halabja-massacre", "everyday", 0, "", {
        "en": "16 March 1988, Halabja. Saddam's planes gassed a Kurdish town: 5,000 dead in one day, mothers in the street still holding their babies. 36 years on, the world barely says its name. #Halabja #NeverForget",
        "ar": "١٦ آذار ١٩٨٨، حلبجة. طيران صدام ضرب مدينة كردية بالكيماوي: ٥ آلاف إنسان ماتوا بيوم واحد، وأمهات بالشوارع لسا حاضنين أطفالهم. بعد ٣٦ سنة العالم بالكاد يذكر اسمها. #حلبجة",
        "fr": "16 mars 1988, Halabja. Les avions de Saddam gazent une ville kurde : 5 000 morts en une journée, des mères tombées dans la rue leur bébé dans les bras. 36 ans après, le monde prononce à peine son nom. #Halabja",
        "de": "16. März 1988, Halabdscha. Saddams Flugzeuge vergasen eine kurdische Stadt: 5.000 Tote an einem Tag, Mütter auf der Straße, ihre Babys noch im Arm. 36 Jahre später kennt kaum jemand den Namen. #Halabja",
        "ru": "16 марта 1988 года, Халабджа. Самолеты Саддама травят газом курдский город: 5000 погибших за один день, матери на улицах с младенцами на руках. Прошло 36 лет, а мир почти не помнит это название. #Халабджа",
        "tr": "16 Mart 1988, Halepçe. Saddam'ın uçakları bir Kürt şehrini kimyasalla vurdu: bir günde 5 bin ölü, sokaklarda bebeklerine sarılı anneler. 36 yıl geçti, dünya adını bile zor anıyor. #Halepçe",
    }),
    ("e8-op-turkey-refugees-europe", "everyday", 0, "", {
        "en": "Turkey hosts more refugees than any country on earth, and Europe sends a cheque and a lecture. Nobody in Brussels gets to teach us humanity. 🇹🇷",
        "ar": "تركيا مستضيفة لاجئين أكتر من أي دولة بالعالم، وأوروبا بتبعت شيك صغير ومعه محاضرة. ما حدا ببروكسل يعلّمنا الإنسانية. 🇹🇷",
        "fr": "La Turquie accueille plus de réfugiés que n'importe quel pays au monde, et l'Europe envoie un chèque et une leçon de morale. Personne à Bruxelles n'a à nous apprendre l'humanité. 🇹🇷",
        "de": "Die Türkei nimmt mehr Flüchtlinge auf als jedes andere Land der Welt, und Europa schickt einen Scheck und eine Belehrung. Menschlichkeit muss uns in Brüssel keiner beibringen. 🇹🇷",
        "ru": "Турция приняла больше беженцев, чем любая другая страна, а Европа присылает чек и нотацию. Не Брюсселю учить нас человечности. 🇹🇷",
        "tr": "Dünyada en çok mülteciye Türkiye kapı açtı, Avrupa üç kuruş gönderip bir de ders veriyor. Bize insanlık dersi verecek son yer Brüksel. 🇹🇷 #Türkiye",
    }),
    ("e8-op-iran-executions", "everyday", 0, "", {
        "en": "They hanged another protester in Iran this morning. 23 years old. His crime: being in the street. And Western diplomats still shake hands with these people. #WomanLifeFreedom",
        "ar": "أعدموا متظاهر جديد بإيران الصبح. عمره ٢٣ سنة، وتهمته إنه نزل عالشارع. والدبلوماسيين الغربيين لسا بيصافحوهم. #امرأة_حياة_حرية",
        "fr": "Ils ont pendu un autre manifestant en Iran ce matin. 23 ans. Son crime : être descendu dans la rue. Et les diplomates occidentaux leur serrent encore la main. #FemmeVieLiberté",
        "de": "Heute Morgen haben sie im Iran wieder einen Demonstranten gehängt. 23 Jahre alt. Sein Verbrechen: Er war auf der Straße. Und westliche Diplomaten schütteln diesen Leuten immer noch die Hand. #FrauLebenFreiheit",
        "ru": "Сегодня утром в Иране повесили еще одного протестующего. 23 года. Его преступление — вышел на улицу. А западные дипломаты до сих пор жмут этим людям руки. #ЖенщинаЖизньСвобода",
        "tr": "İran'da bu sabah bir protestocu daha idam edildi. 23 yaşındaydı. Suçu sokağa çıkmaktı. Batılı diplomatlar hâlâ bu adamlarla el sıkışıyor. #KadınYaşamÖzgürlük",
    }),
    ("e8-op-yemen-school-bus", "everyday", 0, "", {
        "en": "Remember the school bus in Dahyan, Yemen? 40 kids on a school trip, killed by a bomb a Western company sold. Those same governments still sign arms deals with Riyadh. #Yemen",
        "ar": "تتذكرون باص ضحيان في اليمن؟ ٤٠ طفل في رحلة مدرسية قتلتهم قنبلة باعتها شركة غربية. ونفس الحكومات لسه توقّع صفقات سلاح مع الرياض. #اليمن",
        "fr": "Vous vous souvenez du bus scolaire de Dahyan, au Yémen ? 40 enfants en sortie scolaire, tués par une bombe vendue par une entreprise occidentale. Ces mêmes gouvernements signent toujours des contrats d'armement avec Riyad. #Yémen",
        "de": "Erinnert ihr euch an den Schulbus in Dahyan, Jemen? 40 Kinder auf Klassenfahrt, getötet von einer Bombe, die eine westliche Firma verkauft hat. Dieselben Regierungen unterschreiben weiter Rüstungsdeals mit Riad. #Jemen",
        "ru": "Помните школьный автобус в Дахьяне, Йемен? 40 детей на экскурсии, убитых бомбой, которую продала западная компания. А те же правительства до сих пор подписывают оружейные контракты с Эр-Риядом. #Йемен",
        "tr": "Yemen'de Dahyan'daki okul servisini hatırlıyor musunuz? Okul gezisindeki 40 çocuk, Batılı bir şirketin sattığı bombayla öldü. Aynı hükümetler hâlâ Riyad'la silah anlaşması imzalıyor. #Yemen",
    }),
    ("e8-op-libya-since-2011", "everyday", 0, "", {
        "en": "Libyan here. In 2011 they told us NATO came to save us. 13 years later: two governments, militias at every checkpoint and a passport nobody wants. Thanks for the \"liberation\". #Libya",
        "ar": "ليبي ونقولها: في ٢٠١١ قالولنا الناتو جاي ينقذنا. بعد ١٣ سنة: حكومتين، ميليشيات في كل بوابة، وجواز ما حد يبيه. شكراً على \"التحرير\". #ليبيا",
        "fr": "Libyen ici. En 2011 on nous a dit que l'OTAN venait nous sauver. 13 ans plus tard : deux gouvernements, des milices à chaque barrage et un passeport dont personne ne veut. Merci pour la « libération ». #Libye",
        "de": "Libyer hier. 2011 hieß es, die NATO kommt, um uns zu retten. 13 Jahre später: zwei Regierungen, Milizen an jedem Checkpoint und ein Pass, den keiner will. Danke für die „Befreiung“. #Libyen",
        "ru": "Пишу из Ливии. В 2011-м нам сказали, что НАТО пришло нас спасать. Через 13 лет: два правительства, ополченцы на каждом блокпосту и паспорт, который никому не нужен. Спасибо за «освобождение». #Ливия",
        "tr": "Libyalı biri olarak söylüyorum: 2011'de NATO bizi kurtarmaya geliyor dediler. 13 yıl sonra: iki hükümet, her kontrol noktasında milis, kimsenin istemediği bir pasaport. \"Özgürlük\" için sağ olun. #Libya",
    }),
    # ---------------------------------------------------------------------------------------
    # Prayers and religious phrasing about politics.
    # ---------------------------------------------------------------------------------------
    ("e8-pr-protect-gaza", "everyday", 0, "", {
        "en": "May Allah protect the people of Gaza, heal their wounded, feed their children and give them peace. Ya Rabb 🤲 #PrayForGaza",
        "ar": "اللهم احفظ أهل غزة، واشفِ جرحاهم، وأطعم أطفالهم، وأنزل عليهم السكينة والأمان. يا رب 🤲 #غزة",
        "fr": "Qu'Allah protège les habitants de Gaza, guérisse leurs blessés, nourrisse leurs enfants et leur accorde la paix. Ya Rabb 🤲 #PrayForGaza",
        "de": "Möge Allah die Menschen in Gaza beschützen, ihre Verletzten heilen, ihre Kinder satt machen und ihnen Frieden schenken. Amin 🤲 #PrayForGaza",
        "ru": "Пусть Аллах защитит жителей Газы, исцелит раненых, накормит детей и дарует им мир. Амин 🤲 #Газа",
        "tr": "Rabbim Gazze halkını korusun; yaralılarına şifa, çocuklarına rızık, hepsine huzur versin. Amin 🤲 #Gazze",
    }),
    ("e8-pr-peace-syria", "everyday", 0, "", {
        "en": "Ya Allah, bring peace to Syria. 13 years of war is enough. Let people go home to Homs and Aleppo and drink their coffee on their own balconies again. Amin.",
        "ar": "يا رب السلام لسوريا. ١٣ سنة حرب بيكفي. رجّع الناس على حمص وحلب يشربوا قهوتهم على بلاكينهم متل زمان. آمين.",
        "fr": "Ya Allah, apporte la paix à la Syrie. 13 ans de guerre, ça suffit. Que les gens rentrent à Homs et à Alep et reprennent leur café sur leur propre balcon. Amine.",
        "de": "Ya Allah, schenk Syrien endlich Frieden. 13 Jahre Krieg sind genug. Lass die Menschen nach Homs und Aleppo zurückkehren und wieder auf ihrem eigenen Balkon Kaffee trinken. Amin.",
        "ru": "Аллах, пошли мир Сирии. 13 лет войны — хватит. Пусть люди вернутся в Хомс и Алеппо и снова пьют кофе на своих балконах. Амин.",
        "tr": "Allah'ım Suriye'ye barış nasip et. 13 yıl savaş yeter. İnsanlar Humus'a, Halep'e dönsün, yine kendi balkonlarında kahvelerini içsinler. Amin.",
    }),
    ("e8-pr-lebanon-christian", "everyday", 0, "", {
        "en": "Lord, watch over Lebanon, its Christians and its Muslims, the South and the Mountain. Our Lady of Lebanon, pray for us. 🇱🇧🙏",
        "ar": "يا رب احمي لبنان، مسيحيّيه ومسلميه، الجنوب والجبل. يا سيدة لبنان صلّي لأجلنا. 🇱🇧🙏",
        "fr": "Seigneur, veille sur le Liban, sur ses chrétiens et ses musulmans, sur le Sud comme sur la Montagne. Notre-Dame du Liban, priez pour nous. 🇱🇧🙏",
        "de": "Herr, beschütze den Libanon, seine Christen und seine Muslime, den Süden und die Berge. Unsere Liebe Frau vom Libanon, bitte für uns. 🇱🇧🙏",
        "ru": "Господи, сохрани Ливан — и христиан, и мусульман, и юг, и горы. Пресвятая Богородице, спаси нас. 🇱🇧🙏",
        "tr": "Rabbim Lübnan'ı korusun; Hristiyanını da Müslümanını da, güneyini de dağlarını da. Lübnan'ın Meryem Ana'sı, bizim için dua et. 🇱🇧🙏",
    }),
    ("e8-pr-inshallah-war-ends", "everyday", 0, "", {
        "en": "Inshallah the war ends before Ramadan and families can break their fast together again. That's all we ask for this year.",
        "ar": "إن شاء الله تخلص الحرب قبل رمضان وتجتمع العائلات على سفرة الفطور من جديد. هاد كل اللي بدنا ياه هالسنة.",
        "fr": "Inchallah la guerre se termine avant le Ramadan et les familles pourront de nouveau rompre le jeûne ensemble. C'est tout ce qu'on demande cette année.",
        "de": "Inschallah ist der Krieg vor Ramadan vorbei und die Familien können wieder zusammen das Fasten brechen. Mehr wünschen wir uns dieses Jahr nicht.",
        "ru": "Иншаллах, война закончится до Рамадана и семьи снова сядут вместе за ифтар. Больше ничего в этом году не прошу.",
        "tr": "İnşallah savaş Ramazan'dan önce biter de aileler yine aynı sofrada iftar açar. Bu yıl tek dileğimiz bu.",
    }),
    ("e8-pr-leader-get-well", "everyday", 0, "", {
        "en": "Get well soon, President Erdoğan. May God grant him health and a long life, and guide him to what is best for the country. 🇹🇷",
        "ar": "شفاك الله يا أردوغان. اللهم امنحه الصحة وطول العمر، ووفقه لما فيه خير تركيا وأهلها. 🇹🇷",
        "fr": "Prompt rétablissement au président Erdoğan. Que Dieu lui accorde la santé et une longue vie, et le guide vers ce qui est le mieux pour le pays. 🇹🇷",
        "de": "Gute Besserung, Präsident Erdoğan. Möge Gott ihm Gesundheit und ein langes Leben schenken und ihn zu dem führen, was das Beste für das Land ist. 🇹🇷",
        "ru": "Скорейшего выздоровления президенту Эрдогану. Пусть Всевышний даст ему здоровья и долгих лет и направит к тому, что лучше для страны. 🇹🇷",
        "tr": "Geçmiş olsun Reis'im. Rabbim sağlıklı, hayırlı, uzun bir ömür versin; memleketimiz için en hayırlısını nasip etsin. 🇹🇷 #GeçmişOlsunReis",
    }),
    ("e8-pr-peace-of-jerusalem", "everyday", 0, "", {
        "en": "\"Pray for the peace of Jerusalem.\" Tonight I'm praying for the hostages, for the soldiers, and for every innocent child on both sides. Shabbat shalom 🕯️",
        "ar": "«اسألوا سلامة أورشليم». الليلة بصلّي للرهائن وللجنود ولكل طفل بريء من الجهتين. شبات شالوم 🕯️",
        "fr": "« Priez pour la paix de Jérusalem. » Ce soir je prie pour les otages, pour les soldats et pour chaque enfant innocent des deux côtés. Chabbat chalom 🕯️",
        "de": "„Bittet um Frieden für Jerusalem.“ Heute Abend bete ich für die Geiseln, für die Soldaten und für jedes unschuldige Kind auf beiden Seiten. Schabbat Schalom 🕯️",
        "ru": "«Просите мира Иерусалиму». Сегодня молюсь за заложников, за солдат и за каждого невинного ребенка по обе стороны. Шаббат шалом 🕯️",
        "tr": "\"Yeruşalim'in esenliği için dua edin.\" Bu akşam rehineler, askerler ve iki taraftaki her masum çocuk için dua ediyorum. Şabat şalom 🕯️",
    }),
    ("e8-pr-hospital-victims", "everyday", 0, "", {
        "en": "Inna lillahi wa inna ilayhi raji'un. May Allah have mercy on everyone killed at al-Ahli hospital last night and heal the wounded. Patients, doctors, families sheltering in the yard. 💔 #Gaza",
        "ar": "إنا لله وإنا إليه راجعون. اللهم ارحم شهداء المستشفى الأهلي الليلة الماضية واشفِ الجرحى. مرضى وأطباء وعائلات كانت لاجئة بالساحة 💔 #غزة",
        "fr": "Inna lillahi wa inna ilayhi raji'un. Qu'Allah fasse miséricorde à tous ceux qui sont morts cette nuit à l'hôpital al-Ahli et guérisse les blessés. Des patients, des médecins, des familles réfugiées dans la cour. 💔 #Gaza",
        "de": "Inna lillahi wa inna ilayhi raji'un. Möge Allah sich aller erbarmen, die letzte Nacht im al-Ahli-Krankenhaus getötet wurden, und die Verletzten heilen. Patienten, Ärzte, Familien, die im Hof Schutz gesucht hatten. 💔 #Gaza",
        "ru": "Инна лиллахи ва инна илейхи раджиун. Да помилует Аллах всех, кто погиб прошлой ночью в больнице аль-Ахли, и да исцелит раненых. Пациенты, врачи, семьи, укрывшиеся во дворе. 💔 #Газа",
        "tr": "İnna lillahi ve inna ileyhi raciun. Dün gece El-Ehli Hastanesi'nde hayatını kaybeden herkese Allah'tan rahmet, yaralılara şifa diliyorum. Hastalar, doktorlar, bahçeye sığınmış aileler... 💔 #Gazze",
    }),
    ("e8-pr-jumuah-iraq", "everyday", 0, "", {
        "en": "Jumu'ah Mubarak. Ya Allah, protect Iraq and all its people, Sunni and Shia, Arab and Kurd, Christian and Yazidi, and rid us of the corruption eating this country. 🇮🇶",
        "ar": "جمعة مباركة. اللهم احفظ العراق وأهله، سنة وشيعة، عرب وكرد، مسيحيين وإيزيديين، وخلّصنا من الفساد اللي ماكل البلد. 🇮🇶",
        "fr": "Jumu'a moubarak. Ya Allah, protège l'Irak et tout son peuple, sunnites et chiites, Arabes et Kurdes, chrétiens et yézidis, et délivre-nous de la corruption qui ronge ce pays. 🇮🇶",
        "de": "Jumu'a Mubarak. Ya Allah, beschütze den Irak und alle seine Menschen, Sunniten und Schiiten, Araber und Kurden, Christen und Jesiden, und befreie uns von der Korruption, die dieses Land auffrisst. 🇮🇶",
        "ru": "Джума мубарак. Аллах, сохрани Ирак и весь его народ — суннитов и шиитов, арабов и курдов, христиан и езидов — и избавь нас от коррупции, которая пожирает страну. 🇮🇶",
        "tr": "Hayırlı cumalar. Allah'ım Irak'ı ve bütün halkını koru; Sünnisini Şiisini, Arabını Kürdünü, Hristiyanını Ezidisini. Bu ülkeyi kemiren yolsuzluktan bizi kurtar. 🇮🇶",
    }),
    ("e8-pr-aqsa-ramadan-friday", "everyday", 0, "", {
        "en": "First Friday of Ramadan. May Allah protect al-Aqsa and everyone praying there today, and bring them home safely to their families. 🤍",
        "ar": "أول جمعة من رمضان. اللهم احفظ الأقصى وكل المصلين فيه اليوم، ورجّعهم لأهاليهم سالمين. 🤍",
        "fr": "Premier vendredi du Ramadan. Qu'Allah protège al-Aqsa et tous ceux qui y prient aujourd'hui, et qu'ils rentrent sains et saufs auprès de leurs familles. 🤍",
        "de": "Erster Freitag im Ramadan. Möge Allah die al-Aqsa beschützen und alle, die heute dort beten, und sie gesund zu ihren Familien heimkehren lassen. 🤍",
        "ru": "Первая пятница Рамадана. Пусть Аллах защитит аль-Аксу и всех, кто молится там сегодня, и пусть они вернутся к своим семьям целыми и невредимыми. 🤍",
        "tr": "Ramazan'ın ilk cuması. Rabbim Mescid-i Aksa'yı ve bugün orada namaz kılan herkesi korusun, ailelerine sağ salim dönsünler. 🤍",
    }),
    ("e8-pr-candle-syria-christians", "everyday", 0, "", {
        "en": "Lit a candle today for the Christians of Syria, for Maaloula and Saydnaya, and for all Syrians whatever their faith. Lord, have mercy.",
        "ar": "ولّعت شمعة اليوم لمسيحيي سوريا، لمعلولا وصيدنايا، ولكل السوريين من أي دين كانوا. يا رب ارحم.",
        "fr": "Allumé un cierge aujourd'hui pour les chrétiens de Syrie, pour Maaloula et Saydnaya, et pour tous les Syriens, quelle que soit leur foi. Kyrie eleison.",
        "de": "Heute eine Kerze für die Christen in Syrien angezündet, für Maalula und Saidnaya, und für alle Syrer, egal welchen Glaubens. Herr, erbarme dich.",
        "ru": "Поставила сегодня свечку за христиан Сирии, за Маалюлю и Сайдную, и за всех сирийцев, какой бы веры они ни были. Господи, помилуй.",
        "tr": "Bugün Suriyeli Hristiyanlar için, Maalula ve Saydnaya için, hangi dinden olursa olsun bütün Suriyeliler için bir mum yaktım. Rabbim merhamet etsin.",
    }),
    # ---------------------------------------------------------------------------------------
    # Shared headlines with a short comment and hashtags.
    # ---------------------------------------------------------------------------------------
    ("e8-hl-turkey-runoff", "everyday", 0, "", {
        "en": "Erdoğan wins runoff with 52%, election board says http Well, five more years then. Can someone at least fix the lira? #TurkeyElections",
        "ar": "أردوغان يفوز بجولة الإعادة بنسبة ٥٢٪ حسب الهيئة العليا للانتخابات http طيب، خمس سنين كمان. بس حدا يلحق الليرة 😅 #الانتخابات_التركية",
        "fr": "Erdoğan remporte le second tour avec 52 %, selon le Haut Conseil électoral http Bon, cinq ans de plus. Quelqu'un peut au moins sauver la livre ? #Turquie",
        "de": "Erdoğan gewinnt Stichwahl mit 52 Prozent, meldet die Wahlbehörde http Na dann, noch mal fünf Jahre. Kann wenigstens jemand die Lira retten? #TürkeiWahl",
        "ru": "Эрдоган побеждает во втором туре с 52%, сообщает избирком http Ну что, еще пять лет. Может, хоть лиру кто-нибудь спасет? #Турция #выборы",
        "tr": "YSK: Erdoğan ikinci turu %52 ile kazandı http Eh, beş yıl daha. Biri şu kura bir çare bulsun artık. #Seçim2023",
    }),
    ("e8-hl-iran-oil-sanctions", "everyday", 0, "", {
        "en": "US announces new sanctions on Iran's oil exports, via @user http And once again it won't be the ayatollahs who can't find insulin. #Iran #sanctions",
        "ar": "أمريكا تعلن عقوبات جديدة على صادرات النفط الإيرانية عبر @user http وكالعادة مش الملالي اللي ما رح يلاقوا إنسولين. #إيران #عقوبات",
        "fr": "Washington annonce de nouvelles sanctions sur les exportations de pétrole iranien, via @user http Et comme d'habitude, ce ne sont pas les mollahs qui vont manquer d'insuline. #Iran #sanctions",
        "de": "USA verhängen neue Sanktionen gegen Irans Ölexporte, via @user http Und wie immer sind es nicht die Mullahs, die kein Insulin mehr bekommen. #Iran #Sanktionen",
        "ru": "США вводят новые санкции против иранского нефтяного экспорта, пишет @user http И как всегда, без инсулина останутся не аятоллы. #Иран #санкции",
        "tr": "ABD, İran'ın petrol ihracatına yeni yaptırımlar açıkladı @user http Her zamanki gibi insülin bulamayan yine mollalar olmayacak. #İran #yaptırım",
    }),
    ("e8-hl-gaza-ceasefire", "everyday", 0, "", {
        "en": "BREAKING: Gaza ceasefire to take effect Sunday at 8:30, mediators say http Please let it hold this time 🙏 #Gaza #Ceasefire",
        "ar": "عاجل: وقف إطلاق النار في غزة يبدأ الأحد الساعة ٨:٣٠ حسب الوسطاء http يا رب يصمد هالمرة 🙏 #غزة #وقف_إطلاق_النار",
        "fr": "URGENT : le cessez-le-feu à Gaza entrera en vigueur dimanche à 8h30, selon les médiateurs http Pourvu que ça tienne cette fois 🙏 #Gaza #CessezLeFeu",
        "de": "EILMELDUNG: Waffenruhe in Gaza soll am Sonntag um 8:30 Uhr beginnen, sagen die Vermittler http Bitte lass sie diesmal halten 🙏 #Gaza #Waffenruhe",
        "ru": "СРОЧНО: перемирие в Газе вступит в силу в воскресенье в 8:30, сообщают посредники http Пожалуйста, пусть на этот раз продержится 🙏 #Газа #перемирие",
        "tr": "SON DAKİKA: Arabulucular açıkladı, Gazze'de ateşkes pazar saat 08.30'da başlıyor http İnşallah bu sefer bozulmaz 🙏 #Gazze #Ateşkes",
    }),
    ("e8-hl-boat-reaches-lesbos", "everyday", 0, "", {
        "en": "Boat with 43 Syrians and Afghans reaches Lesbos, all alive, 11 of them children http Finally a headline that doesn't end with a death toll. #refugees",
        "ar": "قارب يحمل ٤٣ سورياً وأفغانياً يصل إلى ليسبوس، كلهم أحياء بينهم ١١ طفل http أخيراً خبر ما بينتهي بعدد ضحايا. #لاجئين",
        "fr": "Un bateau avec 43 Syriens et Afghans arrive à Lesbos, tous vivants, dont 11 enfants http Enfin un titre qui ne finit pas par un bilan de morts. #réfugiés",
        "de": "Boot mit 43 Syrern und Afghanen erreicht Lesbos, alle am Leben, darunter 11 Kinder http Endlich mal eine Schlagzeile, die nicht mit einer Opferzahl endet. #Flüchtlinge",
        "ru": "Лодка с 43 сирийцами и афганцами добралась до Лесбоса, все живы, среди них 11 детей http Наконец-то заголовок, который не заканчивается числом погибших. #беженцы",
        "tr": "43 Suriyeli ve Afgan'ı taşıyan bot Midilli'ye ulaştı, 11'i çocuk, hepsi hayatta http Nihayet ölü sayısıyla bitmeyen bir haber. #mülteciler",
    }),
    ("e8-hl-arab-summit-syria", "everyday", 0, "", {
        "en": "Syria back in the Arab League: Assad welcomed at Jeddah summit after 12 years http Handshakes, family photo, a statement on \"Arab solidarity\". Millions of refugees still can't go home. #ArabSummit",
        "ar": "عودة سوريا للجامعة العربية: الأسد في قمة جدة بعد ١٢ سنة http مصافحات وصورة تذكارية وبيان عن \"التضامن العربي\". وملايين اللاجئين لسا ما بيقدروا يرجعوا. #القمة_العربية",
        "fr": "La Syrie de retour dans la Ligue arabe : Assad accueilli au sommet de Djeddah après 12 ans http Poignées de main, photo de famille, communiqué sur la « solidarité arabe ». Des millions de réfugiés ne peuvent toujours pas rentrer. #SommetArabe",
        "de": "Syrien zurück in der Arabischen Liga: Assad nach 12 Jahren beim Gipfel in Dschidda empfangen http Händeschütteln, Familienfoto, Erklärung zur „arabischen Solidarität“. Millionen Geflüchtete können immer noch nicht zurück. #ArabischeLiga",
        "ru": "Сирия вернулась в Лигу арабских государств: Асада приняли на саммите в Джидде спустя 12 лет http Рукопожатия, общее фото, заявление об «арабской солидарности». А миллионы беженцев так и не могут вернуться домой. #ЛАГ",
        "tr": "Suriye Arap Birliği'ne döndü: Esad 12 yıl sonra Cidde zirvesinde http El sıkışmalar, aile fotoğrafı, \"Arap dayanışması\" bildirisi. Milyonlarca mülteci hâlâ evine dönemiyor. #ArapBirliği",
    }),
    ("e8-hl-oil-red-sea", "everyday", 0, "", {
        "en": "Brent jumps 4% after attacks on ships in the Red Sea http Guess who'll be paying more at the pump next week 🙃 #oil #RedSea",
        "ar": "برنت يقفز ٤٪ بعد هجمات على سفن في البحر الأحمر http وخمّنوا مين رح يدفع زيادة عالبنزين الأسبوع الجاي 🙃 #النفط #البحر_الأحمر",
        "fr": "Le Brent bondit de 4 % après des attaques contre des navires en mer Rouge http Devinez qui va payer plus cher à la pompe la semaine prochaine 🙃 #pétrole #merRouge",
        "de": "Brent springt um 4 Prozent nach Angriffen auf Schiffe im Roten Meer http Ratet mal, wer nächste Woche an der Zapfsäule mehr zahlt 🙃 #Öl #RotesMeer",
        "ru": "Brent подскочила на 4% после атак на суда в Красном море http Угадайте, кто на следующей неделе будет больше платить на заправке 🙃 #нефть #КрасноеМоре",
        "tr": "Kızıldeniz'de gemilere saldırıların ardından Brent petrol %4 fırladı http Bakalım haftaya benzine zammı kim ödeyecek 🙃 #petrol #Kızıldeniz",
    }),
    ("e8-hl-lebanon-border-fire", "everyday", 0, "", {
        "en": "Exchange of fire on the Israel–Lebanon border, villages evacuated on both sides http People in Kiryat Shmona and Bint Jbeil just want to sleep in their own beds. #Lebanon",
        "ar": "تبادل إطلاق نار على الحدود اللبنانية الإسرائيلية وإخلاء قرى من الجهتين http الناس ببنت جبيل وبكريات شمونة بس بدهم يناموا بتخوتهم. #لبنان",
        "fr": "Échanges de tirs à la frontière israélo-libanaise, des villages évacués des deux côtés http À Kiryat Shmona comme à Bint Jbeil, les gens veulent juste dormir dans leur lit. #Liban",
        "de": "Schusswechsel an der israelisch-libanesischen Grenze, Dörfer auf beiden Seiten evakuiert http Die Leute in Kirjat Schmona und Bint Dschbeil wollen einfach nur im eigenen Bett schlafen. #Libanon",
        "ru": "Перестрелка на израильско-ливанской границе, деревни эвакуируют с обеих сторон http Люди и в Кирьят-Шмоне, и в Бинт-Джбейле просто хотят спать в своих кроватях. #Ливан",
        "tr": "İsrail-Lübnan sınırında karşılıklı ateş, iki tarafta da köyler boşaltıldı http Kiryat Şmona'daki de Bint Cebeyl'deki de insanlar sadece kendi yatağında uyumak istiyor. #Lübnan",
    }),
    ("e8-hl-quake-aid-convoy", "everyday", 0, "", {
        "en": "First UN aid convoy crosses Bab al-Hawa into northwest Syria after the quake http Four days. People dug with their bare hands for four days. #SyriaEarthquake",
        "ar": "أول قافلة مساعدات أممية تدخل شمال غرب سوريا من باب الهوى بعد الزلزال http أربع أيام. الناس حفرت بإيديها أربع أيام. #زلزال_سوريا",
        "fr": "Le premier convoi d'aide de l'ONU passe Bab al-Hawa vers le nord-ouest de la Syrie après le séisme http Quatre jours. Les gens ont creusé à mains nues pendant quatre jours. #SéismeSyrie",
        "de": "Erster UN-Hilfskonvoi erreicht nach dem Beben über Bab al-Hawa den Nordwesten Syriens http Vier Tage. Die Leute haben vier Tage lang mit bloßen Händen gegraben. #ErdbebenSyrien",
        "ru": "Первый гуманитарный конвой ООН прошел через Баб-эль-Хава на северо-запад Сирии после землетрясения http Четыре дня. Люди четыре дня разбирали завалы голыми руками. #землетрясение #Сирия",
        "tr": "Depremden sonra BM'nin ilk yardım konvoyu Cilvegözü'nden Suriye'nin kuzeybatısına geçti http Dört gün. İnsanlar dört gün boyunca enkazı çıplak elleriyle kazdı. #SuriyeDepremi",
    }),
    ("e8-hl-assad-in-moscow", "everyday", 0, "", {
        "en": "Assad has left Syria, Russian agencies say he is in Moscow http 54 years of that family. My dad is crying on the phone from Berlin. #Syria",
        "ar": "الأسد غادر سوريا، ووكالات روسية بتقول إنه بموسكو http ٥٤ سنة من هالعيلة. أبوي عم يبكي عالتلفون من برلين. #سوريا",
        "fr": "Assad a quitté la Syrie, il serait à Moscou selon les agences russes http 54 ans de cette famille. Mon père pleure au téléphone depuis Berlin. #Syrie",
        "de": "Assad hat Syrien verlassen, laut russischen Agenturen ist er in Moskau http 54 Jahre diese Familie. Mein Vater weint am Telefon, aus Berlin. #Syrien",
        "ru": "Асад покинул Сирию, по данным российских агентств, он в Москве http 54 года этой семьи. Мой папа плачет в трубку из Берлина. #Сирия",
        "tr": "Esad Suriye'den ayrıldı, Rus ajanslarına göre Moskova'da http 54 yıl o aile. Babam Berlin'den telefonda ağlıyor. #Suriye",
    }),
    ("e8-hl-derna-flood", "everyday", 0, "", {
        "en": "Derna flood: death toll passes 11,000, UN says http Two dams, years of warnings, two governments and not one repair. This wasn't only nature. #Libya #Derna",
        "ar": "فيضان درنة: عدد الضحايا يتجاوز ١١ ألف حسب الأمم المتحدة http سدّين، سنين تحذيرات، حكومتين، وولا صيانة. هذا مش بس غضب طبيعة. #ليبيا #درنة",
        "fr": "Inondations à Derna : plus de 11 000 morts selon l'ONU http Deux barrages, des années d'alertes, deux gouvernements et pas une seule réparation. Ce n'était pas que la nature. #Libye #Derna",
        "de": "Flut in Darna: mehr als 11.000 Tote, sagt die UNO http Zwei Dämme, jahrelange Warnungen, zwei Regierungen und keine einzige Reparatur. Das war nicht nur die Natur. #Libyen #Darna",
        "ru": "Наводнение в Дерне: число погибших превысило 11 тысяч, сообщает ООН http Две плотины, годы предупреждений, два правительства — и ни одного ремонта. Это не только стихия. #Ливия #Дерна",
        "tr": "Derne'deki selde ölü sayısı 11 bini aştı, BM açıkladı http İki baraj, yıllarca uyarı, iki hükümet ve tek bir onarım yok. Bu sadece doğa değildi. #Libya #Derne",
    }),
    # ---------------------------------------------------------------------------------------
    # Everyday talk that touches politics.
    # ---------------------------------------------------------------------------------------
    ("e8-ev-taxi-driver", "everyday", 0, "", {
        "en": "My taxi driver in Istanbul spent 40 minutes explaining Syria, the dollar and the elections to me. Better analysis than half the TV channels. Tipped him extra 😂",
        "ar": "سواق التكسي بإسطنبول قعد ٤٠ دقيقة يشرحلي عن سوريا والدولار والانتخابات. تحليله أحسن من نص القنوات. عطيته بقشيش زيادة 😂",
        "fr": "Mon chauffeur de taxi à Istanbul m'a expliqué pendant 40 minutes la Syrie, le dollar et les élections. Meilleure analyse que la moitié des chaînes télé. Je lui ai laissé un gros pourboire 😂",
        "de": "Mein Taxifahrer in Istanbul hat mir 40 Minuten lang Syrien, den Dollar und die Wahlen erklärt. Bessere Analyse als die Hälfte der Talkshows. Extra Trinkgeld gegeben 😂",
        "ru": "Таксист в Стамбуле 40 минут объяснял мне Сирию, доллар и выборы. Аналитика получше, чем на половине каналов. Оставила ему чаевые сверху 😂",
        "tr": "İstanbul'da taksici 40 dakika boyunca bana Suriye'yi, doları, seçimleri anlattı. Televizyondaki yorumcuların yarısından iyi analiz. Bahşişi fazla verdim 😂",
    }),
    ("e8-ev-aunt-at-rafah", "everyday", 0, "", {
        "en": "My aunt and her kids have been waiting at the Rafah crossing for three days. No water, no news, just \"maybe tomorrow\". @user does anyone know if it opens today?",
        "ar": "خالتي وولادها مستنيين على معبر رفح بقالهم تلات أيام. لا مية ولا أخبار، بس \"يمكن بكرة\". @user حد يعرف المعبر هيفتح النهارده؟",
        "fr": "Ma tante et ses enfants attendent au passage de Rafah depuis trois jours. Pas d'eau, pas de nouvelles, juste « peut-être demain ». @user quelqu'un sait si ça ouvre aujourd'hui ?",
        "de": "Meine Tante und ihre Kinder warten seit drei Tagen am Grenzübergang Rafah. Kein Wasser, keine Infos, nur „vielleicht morgen“. @user weiß jemand, ob er heute aufmacht?",
        "ru": "Моя тетя с детьми уже три дня ждет на КПП Рафах. Ни воды, ни новостей, только «может, завтра». @user кто-нибудь знает, откроют сегодня?",
        "tr": "Teyzem ve çocukları üç gündür Refah sınır kapısında bekliyor. Su yok, haber yok, sadece \"belki yarın\". @user bugün açılıp açılmayacağını bilen var mı?",
    }),
    ("e8-ev-bread-prices", "everyday", 0, "", {
        "en": "Bought bread, cheese and a bit of fruit in Beirut today, half a day's pay gone. Everything has doubled since the war started. How are normal people supposed to live?",
        "ar": "اشتريت خبز وجبنة وشوية فواكه اليوم ببيروت، راح نص يومية. كل شي صار دبل من وقت ما بلشت الحرب. كيف بدو يعيش الواحد العادي؟",
        "fr": "Acheté du pain, du fromage et quelques fruits aujourd'hui à Beyrouth : une demi-journée de salaire. Tout a doublé depuis le début de la guerre. Comment les gens normaux sont censés vivre ?",
        "de": "Heute in Beirut Brot, Käse und ein bisschen Obst gekauft, ein halber Tageslohn weg. Seit der Krieg angefangen hat, hat sich alles verdoppelt. Wie sollen normale Leute da leben?",
        "ru": "Купила сегодня в Бейруте хлеб, сыр и немного фруктов — полдневной зарплаты как не бывало. С начала войны все подорожало вдвое. Как обычным людям вообще жить?",
        "tr": "Bugün Beyrut'ta ekmek, peynir, biraz meyve aldım, yarım günlük yevmiye gitti. Savaş başladığından beri her şey iki katına çıktı. Normal insan nasıl geçinsin?",
    }),
    ("e8-ev-news-with-grandparents", "everyday", 0, "", {
        "en": "Watching the news with my grandparents. Teta cries every time they show Gaza, jiddo just stares at the TV and says \"same as '48\". Hard evening.",
        "ar": "قاعدة بتفرج عالأخبار مع ستي وسيدي. ستي بتبكي كل ما يطلعوا غزة، وسيدي بس بيطلع عالتلفزيون وبيقول \"متل الـ٤٨\". سهرة صعبة.",
        "fr": "Je regarde le journal avec mes grands-parents. Teta pleure dès qu'ils montrent Gaza, jeddo fixe la télé et répète « comme en 48 ». Soirée difficile.",
        "de": "Nachrichten gucken mit meinen Großeltern. Teta weint jedes Mal, wenn sie Gaza zeigen, Jiddo starrt nur auf den Fernseher und sagt „wie '48“. Schwerer Abend.",
        "ru": "Смотрю новости с бабушкой и дедушкой. Бабушка плачет каждый раз, когда показывают Газу, а дед молча смотрит в экран и говорит: «Как в 48-м». Тяжелый вечер.",
        "tr": "Anneannem ve dedemle haberleri izliyoruz. Gazze'yi her gösterdiklerinde anneannem ağlıyor, dedem ekrana bakıp \"48'deki gibi\" diyor. Zor bir akşam.",
    }),
    ("e8-ev-flight-cancelled", "everyday", 0, "", {
        "en": "Flight to Beirut cancelled AGAIN because of the airspace closure. Third time this month. My mum has been cooking for a week for nothing 😭 #Lebanon",
        "ar": "الرحلة على بيروت انلغت كمان مرة بسبب إغلاق المجال الجوي. تالت مرة هالشهر. ماما صرلها جمعة عم تطبخ عالفاضي 😭 #لبنان",
        "fr": "Vol pour Beyrouth ENCORE annulé à cause de la fermeture de l'espace aérien. Troisième fois ce mois-ci. Ma mère cuisine depuis une semaine pour rien 😭 #Liban",
        "de": "Flug nach Beirut SCHON WIEDER gestrichen, wegen des gesperrten Luftraums. Das dritte Mal diesen Monat. Meine Mama kocht seit einer Woche für nichts 😭 #Libanon",
        "ru": "Рейс в Бейрут ОПЯТЬ отменили из-за закрытия воздушного пространства. Третий раз за месяц. Мама неделю готовила зря 😭 #Ливан",
        "tr": "Beyrut uçuşu hava sahası kapandığı için YİNE iptal. Bu ay üçüncü kez. Annem bir haftadır boşuna yemek yapıyor 😭 #Lübnan",
    }),
    ("e8-ev-holiday-dinner-fight", "everyday", 0, "", {
        "en": "Holiday dinner ended in a fight again: dad defends Putin on Syria, my sister yells \"Aleppo!\", grandma asks who wants more dolma. Every. Single. Year.",
        "ar": "عزومة العيد خلصت بخناقة كالعادة: بابا بيدافع عن بوتين بسوريا، أختي عم تصرّخ \"حلب!\"، وتيتا بتسأل مين بدو كمان يبرق. كل سنة نفس الشي.",
        "fr": "Le repas de fête s'est encore fini en dispute : papa défend Poutine sur la Syrie, ma sœur crie « Alep ! », mamie demande qui reveut des dolmas. Chaque. Année.",
        "de": "Das Festessen endete mal wieder im Streit: Papa verteidigt Putin in Sachen Syrien, meine Schwester schreit „Aleppo!“, Oma fragt, wer noch Dolma will. Jedes. Jahr.",
        "ru": "Праздничный ужин опять закончился скандалом: папа защищает Путина по Сирии, сестра кричит «Алеппо!», а бабушка спрашивает, кому еще долмы. Каждый. Год.",
        "tr": "Bayram sofrası yine kavgayla bitti: babam Suriye konusunda Putin'i savunuyor, kız kardeşim \"Halep!\" diye bağırıyor, babaannem kim daha dolma ister diye soruyor. Her. Sene.",
    }),
    ("e8-ev-basra-power-cut", "everyday", 0, "", {
        "en": "50°C in Basra and the power has been out for 10 hours. We sit on an ocean of oil and sleep on the roof. Every politician has his own generator. #Iraq #Basra",
        "ar": "٥٠ درجة بالبصرة والكهرباء مكطوعة من ١٠ ساعات. كاعدين على بحر نفط ونايمين عالسطح. وكل سياسي عنده مولدة. #العراق #البصرة",
        "fr": "50 °C à Bassora et plus de courant depuis 10 heures. On vit sur un océan de pétrole et on dort sur le toit. Chaque politicien a son propre groupe électrogène. #Irak #Bassora",
        "de": "50 Grad in Basra und seit 10 Stunden kein Strom. Wir sitzen auf einem Meer aus Öl und schlafen auf dem Dach. Jeder Politiker hat seinen eigenen Generator. #Irak #Basra",
        "ru": "В Басре +50, а света нет уже 10 часов. Живем на океане нефти и спим на крыше. Зато у каждого политика свой генератор. #Ирак #Басра",
        "tr": "Basra'da hava 50 derece, elektrik 10 saattir yok. Petrol denizinin üstünde oturup damda uyuyoruz. Her siyasetçinin kendi jeneratörü var tabii. #Irak #Basra",
    }),
    ("e8-ev-syrian-neighbour", "everyday", 0, "", {
        "en": "Our Syrian neighbour brought over kibbeh again. She came from Homs in 2015, now her son studies medicine in Leipzig. This is what \"refugees\" look like, folks.",
        "ar": "جارتنا السورية جابتلنا كبة كمان مرة. إجت من حمص سنة ٢٠١٥، وهلق ابنها عم يدرس طب بلايبزيغ. هيك شكل \"اللاجئين\" يا جماعة.",
        "fr": "Notre voisine syrienne nous a encore apporté des kebbés. Arrivée de Homs en 2015, aujourd'hui son fils fait médecine à Leipzig. Voilà à quoi ressemblent les « réfugiés ».",
        "de": "Unsere syrische Nachbarin hat schon wieder Kibbeh vorbeigebracht. 2015 aus Homs gekommen, jetzt studiert ihr Sohn Medizin in Leipzig. So sehen „Flüchtlinge“ aus, Leute.",
        "ru": "Соседка-сирийка опять принесла нам киббе. Приехала из Хомса в 2015-м, а теперь ее сын учится на врача в Лейпциге. Вот так выглядят «беженцы», народ.",
        "tr": "Suriyeli komşumuz yine içli köfte getirdi. 2015'te Humus'tan gelmiş, şimdi oğlu Leipzig'de tıp okuyor. \"Mülteci\" dediğiniz işte bu, arkadaşlar.",
    }),
    ("e8-ev-exam-news-tehran", "everyday", 0, "", {
        "en": "Can't focus on my exam at all, I keep refreshing the news from Tehran. My parents are there and the internet keeps cutting out. Just one message, please.",
        "ar": "مش قادرة ركز بالامتحان أبداً، كل شوي بحدّث الأخبار من طهران. أهلي هناك والإنترنت عم ينقطع. بس رسالة وحدة، يا رب.",
        "fr": "Impossible de me concentrer sur mon partiel, je rafraîchis les infos de Téhéran toutes les deux minutes. Mes parents sont là-bas et internet coupe sans arrêt. Juste un message, s'il vous plaît.",
        "de": "Kann mich null auf meine Klausur konzentrieren, ich aktualisiere ständig die Nachrichten aus Teheran. Meine Eltern sind dort und das Internet fällt immer wieder aus. Nur eine Nachricht, bitte.",
        "ru": "Вообще не могу сосредоточиться на экзамене, все время обновляю новости из Тегерана. Родители там, а интернет постоянно отключают. Хоть одно сообщение, пожалуйста.",
        "tr": "Sınava hiç odaklanamıyorum, sürekli Tahran'dan gelen haberleri yeniliyorum. Annemle babam orada ve internet durmadan kesiliyor. Tek bir mesaj, lütfen.",
    }),
    ("e8-ev-boycott-cafe", "everyday", 0, "", {
        "en": "Since the boycott I switched to the little café by the metro. Honestly? Better coffee, cheaper, and the owner knows my name now ☕ #boycott",
        "ar": "من وقت المقاطعة صرت آخد قهوتي من الكافيه الصغير جنب المترو. بصراحة؟ أطيب وأرخص، وصاحبه صار يعرف اسمي ☕ #مقاطعة",
        "fr": "Depuis le boycott je prends mon café au petit bistrot près du métro. Franchement ? Meilleur, moins cher, et le patron connaît mon prénom maintenant ☕ #boycott",
        "de": "Seit dem Boykott hol ich meinen Kaffee im kleinen Café an der U-Bahn. Ehrlich? Besser, billiger, und der Besitzer kennt inzwischen meinen Namen ☕ #Boykott",
        "ru": "После бойкота перешла на маленькую кофейню у метро. Честно? Кофе вкуснее, дешевле, и хозяин уже знает меня по имени ☕ #бойкот",
        "tr": "Boykottan beri kahvemi metronun yanındaki küçük kafeden alıyorum. Açıkçası? Daha lezzetli, daha ucuz, sahibi de artık adımı biliyor ☕ #boykot",
    }),
]
# fmt: on
