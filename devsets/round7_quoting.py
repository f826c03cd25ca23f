# ruff: noqa: E501
"""Round 7 training concepts: the plain recruitment pitch QUOTED inside counter-speech, news and
research (36 concepts, label 0), and 12 new plain pitches (label 1), self-written for vigil in six
languages.

Round 6 taught the detector the plain pitch (calls for doctors, nurses, engineers and other
professionals to come and serve, boasts of services under the "state"); trained on it, the detector
flagged too many texts that quote such a pitch to refute, report or analyse it. Each quoting concept
here puts a pitch verbatim or near-verbatim inside the language's own quotation marks and frames it
as something else: survivors, families, imams, teachers and doctors warning others and debunking the
clinic and hospital claims (``counter_speech``); trials, police statements, arrests and reports on
the group's videos and magazine (``news_terror``); coding manuals, lecture notes, abstracts, NGO
reports and annotation guidelines (``research_terror``). About half quote a round-6 pitch or one of
the ``p7-`` pitches below, the rest new wordings modelled on the group's public appeals (the 2014
"special call" to doctors and engineers, the health office's announcements, "come and live under the
shade of the Shariah"). In a dozen of them the quotation is most of the text and the framing only a
few words at the start or end: those are the hard cases.

The 12 ``p7-`` pitches call midwives, dentists, veterinarians, medical students, anaesthetists, civil
engineers, mechanics, translators and women doctors, or boast of bread, free medicine and security,
written short and plain as a post reads, and natively in Arabic, Russian and Turkish, where recall
was short. No operational content: no real places or names, routes, contacts, dates, links or
instructions. Written without reading the behaviour checklists (``vigil evaluate --behaviour``),
which measure the pitch and its quotation with their own templates.
"""

# fmt: off
ROUND7: list[tuple[str, str, int, str, dict[str, str]]] = [
    # ---------------------------------------------------------------------------------------
    # New plain pitches (label 1).
    # ---------------------------------------------------------------------------------------
    ("p7-call-midwives", "propaganda", 1, "recruitment;belonging", {
        "en": "Sisters who are midwives: the women of the Khilafah give birth with no one to help them. Make hijrah to the Islamic State and bring the children of the ummah into the world.",
        "ar": "يا أخواتنا القابلات، نساء الخلافة يلدن ولا يجدن من يعينهن. هاجرن إلى الدولة الإسلامية، ولتستقبل أيديكن أبناء الأمة.",
        "fr": "Sœurs sages-femmes, les femmes du Califat accouchent sans personne pour les aider. Faites la hijra vers l'État islamique et mettez au monde les enfants de l'oumma.",
        "de": "Schwestern, die ihr Hebammen seid: Die Frauen des Kalifats gebären ohne jede Hilfe. Macht die Hidschra in den Islamischen Staat und holt die Kinder der Umma auf die Welt.",
        "ru": "Сестры-акушерки! Женщины Халифата рожают, и рядом нет никого, кто бы помог. Совершите хиджру в Исламское государство и принимайте на свет детей уммы.",
        "tr": "Ebelik yapan kız kardeşlerimiz, Hilafetin kadınları yanlarında yardım edecek kimse olmadan doğum yapıyor. İslam Devleti'ne hicret edin, ümmetin çocuklarını sizin elleriniz karşılasın.",
    }),
    ("p7-call-dentists", "propaganda", 1, "recruitment", {
        "en": "Brother dentist, in the Wilayah people travel a whole day to have one tooth pulled. Your clinic is waiting for you in the Islamic State. Come, and your reward is with Allah.",
        "ar": "أخي طبيب الأسنان، في الولاية يسافر الناس يوما كاملا ليخلعوا ضرسا واحدا. عيادتك تنتظرك في الدولة الإسلامية، فأقبل وأجرك على الله.",
        "fr": "Frère dentiste, dans la wilaya les gens voyagent une journée entière pour se faire arracher une dent. Ton cabinet t'attend dans l'État islamique. Viens, ta récompense est auprès d'Allah.",
        "de": "Bruder Zahnarzt, in der Wilaya reisen die Leute einen ganzen Tag, um sich einen Zahn ziehen zu lassen. Deine Praxis wartet im Islamischen Staat auf dich. Komm, dein Lohn ist bei Allah.",
        "ru": "Брат-стоматолог, в вилаяте люди целый день добираются, чтобы вырвать один зуб. Твой кабинет ждет тебя в Исламском государстве. Приезжай, а награда твоя у Аллаха.",
        "tr": "Diş hekimi kardeşim, vilayette insanlar bir diş çektirmek için bütün gün yol gidiyor. Muayenehanen İslam Devleti'nde seni bekliyor. Gel, ecrin Allah'a aittir.",
    }),
    ("p7-call-vets", "propaganda", 1, "recruitment;utopia", {
        "en": "Veterinarians, the flocks of the Muslims are dying of diseases you could cure in an afternoon. The Khilafah will give you a house and a clinic. Come and serve.",
        "ar": "أيها الأطباء البيطريون، مواشي المسلمين تنفق بأمراض تعالجونها في ساعة. الخلافة ستعطيكم بيتا وعيادة، فتعالوا واخدموا.",
        "fr": "Vétérinaires, les troupeaux des musulmans meurent de maladies que vous soigneriez en un après-midi. Le Califat vous donnera une maison et un cabinet. Venez servir.",
        "de": "Tierärzte, die Herden der Muslime sterben an Krankheiten, die ihr an einem Nachmittag heilen könntet. Das Kalifat gibt euch ein Haus und eine Praxis. Kommt und dient.",
        "ru": "Ветеринары, скот мусульман гибнет от болезней, которые вы вылечили бы за полдня. Халифат даст вам дом и лечебницу. Приезжайте и служите.",
        "tr": "Veteriner kardeşler, Müslümanların hayvanları bir öğleden sonrada iyileştirebileceğiniz hastalıklardan telef oluyor. Hilafet size ev ve muayenehane verecek. Gelin ve hizmet edin.",
    }),
    ("p7-call-med-students", "propaganda", 1, "recruitment;utopia", {
        "en": "Student of medicine, why pay the kuffar for a degree that serves them? In the college of medicine of the Khilafah you study for free and treat your own people. Make hijrah.",
        "ar": "يا طالب الطب، لماذا تدفع للكفار ثمن شهادة تخدمهم؟ في كلية الطب في الخلافة تدرس مجانا وتداوي أهلك. هاجر.",
        "fr": "Étudiant en médecine, pourquoi payer les mécréants pour un diplôme qui les sert ? À la faculté de médecine du Califat, tu étudies gratuitement et tu soignes les tiens. Fais la hijra.",
        "de": "Medizinstudent, warum bezahlst du die Ungläubigen für einen Abschluss, der ihnen dient? An der medizinischen Fakultät des Kalifats studierst du kostenlos und behandelst dein eigenes Volk. Mach die Hidschra.",
        "ru": "Студент-медик, зачем платить неверным за диплом, который служит им? На медицинском факультете Халифата ты учишься бесплатно и лечишь своих. Совершай хиджру.",
        "tr": "Tıp öğrencisi kardeşim, kâfirlere hizmet eden bir diploma için neden onlara para ödüyorsun? Hilafetin tıp fakültesinde ücretsiz okur, kendi halkını tedavi edersin. Hicret et.",
    }),
    ("p7-call-anaesthetists", "propaganda", 1, "recruitment;victimhood", {
        "en": "Our surgeons operate on the wounded while they scream, because there is no one to put them to sleep. Anaesthetists, where are you? The Islamic State is calling you.",
        "ar": "يجري جراحونا العمليات للجرحى وهم يصرخون، إذ لا أحد يخدرهم. يا أطباء التخدير، أين أنتم؟ الدولة الإسلامية تناديكم.",
        "fr": "Nos chirurgiens opèrent les blessés pendant qu'ils hurlent, parce qu'il n'y a personne pour les endormir. Anesthésistes, où êtes-vous ? L'État islamique vous appelle.",
        "de": "Unsere Chirurgen operieren die Verwundeten, während sie schreien, weil niemand da ist, der sie betäubt. Anästhesisten, wo seid ihr? Der Islamische Staat ruft euch.",
        "ru": "Наши хирурги оперируют раненых, а те кричат от боли: усыпить их некому. Анестезиологи, где вы? Исламское государство зовет вас.",
        "tr": "Cerrahlarımız yaralıları bağıra bağıra ameliyat ediyor, çünkü onları uyutacak kimse yok. Anestezi uzmanları, neredesiniz? İslam Devleti sizi çağırıyor.",
    }),
    ("p7-call-civil-engineers", "propaganda", 1, "recruitment;utopia", {
        "en": "Civil engineers, the Khilafah is rebuilding the houses, schools and bridges the crusaders bombed. Build for Allah, not for the banks of riba. The ummah is waiting for you.",
        "ar": "أيها المهندسون المدنيون، الخلافة تعيد بناء البيوت والمدارس والجسور التي قصفها الصليبيون. ابنوا لله لا لبنوك الربا، فالأمة تنتظركم.",
        "fr": "Ingénieurs en génie civil, le Califat reconstruit les maisons, les écoles et les ponts bombardés par les croisés. Construisez pour Allah, pas pour les banques de l'usure. L'oumma vous attend.",
        "de": "Bauingenieure, das Kalifat baut die Häuser, Schulen und Brücken wieder auf, die die Kreuzfahrer bombardiert haben. Baut für Allah, nicht für die Zinsbanken. Die Umma wartet auf euch.",
        "ru": "Инженеры-строители, Халифат восстанавливает дома, школы и мосты, разбомбленные крестоносцами. Стройте ради Аллаха, а не ради ростовщических банков. Умма ждет вас.",
        "tr": "İnşaat mühendisleri, Hilafet haçlıların bombaladığı evleri, okulları ve köprüleri yeniden inşa ediyor. Faiz bankaları için değil, Allah için inşa edin. Ümmet sizi bekliyor.",
    }),
    ("p7-call-mechanics", "propaganda", 1, "recruitment", {
        "en": "Mechanics and drivers, the ambulances and bread trucks of the Islamic State need hands that know engines. No trade is small in the service of the Khilafah. Come.",
        "ar": "أيها الميكانيكيون والسائقون، سيارات الإسعاف وشاحنات الخبز في الدولة الإسلامية تحتاج أيديا تعرف المحركات. لا صنعة صغيرة في خدمة الخلافة. تعالوا.",
        "fr": "Mécaniciens et chauffeurs, les ambulances et les camions de pain de l'État islamique ont besoin de mains qui connaissent les moteurs. Aucun métier n'est petit au service du Califat. Venez.",
        "de": "Mechaniker und Fahrer, die Krankenwagen und Brotlaster des Islamischen Staates brauchen Hände, die sich mit Motoren auskennen. Kein Handwerk ist zu klein im Dienst des Kalifats. Kommt.",
        "ru": "Механики и водители, машинам скорой помощи и хлебным грузовикам Исламского государства нужны руки, которые знают моторы. В служении Халифату нет маленьких ремесел. Приезжайте.",
        "tr": "Tamirciler ve şoförler, İslam Devleti'nin ambulanslarına ve ekmek kamyonlarına motordan anlayan eller lazım. Hilafete hizmette küçük zanaat yoktur. Gelin.",
    }),
    ("p7-call-translators", "propaganda", 1, "recruitment;belonging", {
        "en": "Brothers and sisters who know languages: the hospitals and offices of the Islamic State receive muhajirin from every land. Translators, come and be the tongue of your brothers in the Khilafah.",
        "ar": "أيها الإخوة والأخوات ممن يتقنون اللغات: مستشفيات الدولة الإسلامية ودواوينها تستقبل المهاجرين من كل البلاد. أيها المترجمون، تعالوا وكونوا لسان إخوانكم في الخلافة.",
        "fr": "Frères et sœurs qui parlez des langues : les hôpitaux et les bureaux de l'État islamique accueillent des muhajirin de tous les pays. Traducteurs, venez être la langue de vos frères au Califat.",
        "de": "Brüder und Schwestern, die Sprachen sprechen: Die Krankenhäuser und Ämter des Islamischen Staates empfangen Muhadschirin aus allen Ländern. Übersetzer, kommt und seid die Zunge eurer Brüder im Kalifat.",
        "ru": "Братья и сестры, знающие языки: в больницы и диваны Исламского государства приходят мухаджиры со всех стран. Переводчики, приезжайте и станьте языком своих братьев в Халифате.",
        "tr": "Dil bilen kardeşler: İslam Devleti'nin hastanelerine ve divanlarına her diyardan muhacirler geliyor. Tercümanlar, gelin ve Hilafette kardeşlerinizin dili olun.",
    }),
    ("p7-call-women-doctors", "propaganda", 1, "recruitment;belonging", {
        "en": "Sister doctor, our women refuse to be examined by men and suffer in silence. The hospitals of the Khilafah need you. Leave the land of shirk and come to your sisters.",
        "ar": "أختي الطبيبة، نساؤنا يأبين أن يكشف عليهن الرجال فيتألمن في صمت. مستشفيات الخلافة تحتاجك، فاتركي دار الشرك وتعالي إلى أخواتك.",
        "fr": "Sœur médecin, nos femmes refusent d'être examinées par des hommes et souffrent en silence. Les hôpitaux du Califat ont besoin de toi. Quitte la terre du shirk et viens rejoindre tes sœurs.",
        "de": "Schwester Ärztin, unsere Frauen lassen sich nicht von Männern untersuchen und leiden still. Die Krankenhäuser des Kalifats brauchen dich. Verlass das Land des Schirk und komm zu deinen Schwestern.",
        "ru": "Сестра-врач, наши женщины не хотят, чтобы их осматривали мужчины, и молча терпят боль. Больницам Халифата нужна ты. Оставь землю ширка и приезжай к своим сестрам.",
        "tr": "Doktor kız kardeşim, kadınlarımız erkeklere muayene olmak istemiyor ve sessizce acı çekiyor. Hilafetin hastanelerinin sana ihtiyacı var. Şirk diyarını terk et ve kız kardeşlerine gel.",
    }),
    ("p7-services-bread", "propaganda", 1, "utopia", {
        "en": "The bakeries of the Islamic State sell bread at the price the Shariah court fixed, and the poor take theirs free. No queues of humiliation here. Praise be to Allah for the Khilafah.",
        "ar": "تبيع أفران الدولة الإسلامية الخبز بالسعر الذي حددته المحكمة الشرعية، ويأخذ الفقراء حصتهم مجانا. لا طوابير ذل هنا. الحمد لله على نعمة الخلافة.",
        "fr": "Les boulangeries de l'État islamique vendent le pain au prix fixé par le tribunal de la charia, et les pauvres reçoivent le leur gratuitement. Ici, pas de files d'humiliation. Louange à Allah pour le Califat.",
        "de": "Die Bäckereien des Islamischen Staates verkaufen das Brot zu dem Preis, den das Scharia-Gericht festgesetzt hat, und die Armen bekommen ihres umsonst. Hier gibt es keine Schlangen der Demütigung. Gelobt sei Allah für das Kalifat.",
        "ru": "Пекарни Исламского государства продают хлеб по цене, установленной шариатским судом, а бедные получают свой даром. Здесь нет унизительных очередей. Хвала Аллаху за Халифат.",
        "tr": "İslam Devleti'nin fırınları ekmeği şer'i mahkemenin belirlediği fiyattan satıyor, fakirler ise paylarını bedava alıyor. Burada aşağılanma kuyrukları yok. Hilafet için Allah'a hamdolsun.",
    }),
    ("p7-services-pharmacy", "propaganda", 1, "utopia;recruitment", {
        "en": "Medicine for diabetes and the heart is now given free in the pharmacies of the health office. In the Khilafah the sick do not choose between bread and treatment. Come and live under the Shariah.",
        "ar": "صار دواء السكري والقلب يصرف مجانا في صيدليات ديوان الصحة. في الخلافة لا يختار المريض بين الخبز والعلاج. تعالوا وعيشوا في ظل الشريعة.",
        "fr": "Les médicaments du diabète et du cœur sont désormais gratuits dans les pharmacies du service de santé. Au Califat, le malade n'a pas à choisir entre le pain et les soins. Venez vivre sous la charia.",
        "de": "Medikamente gegen Diabetes und Herzleiden gibt es in den Apotheken des Gesundheitsamts jetzt kostenlos. Im Kalifat muss kein Kranker zwischen Brot und Behandlung wählen. Kommt und lebt unter der Scharia.",
        "ru": "Лекарства от диабета и сердечных болезней теперь выдают бесплатно в аптеках управления здравоохранения. В Халифате больному не приходится выбирать между хлебом и лечением. Приезжайте жить под шариатом.",
        "tr": "Şeker ve kalp ilaçları artık sağlık divanının eczanelerinde ücretsiz veriliyor. Hilafette hasta, ekmekle tedavi arasında seçim yapmak zorunda kalmıyor. Gelin, şeriatın gölgesinde yaşayın.",
    }),
    ("p7-services-security", "propaganda", 1, "utopia", {
        "en": "In the Islamic State a shopkeeper leaves his shop open for prayer and finds nothing missing. Security and justice under the Shariah, while the lands of the tyrants drown in theft.",
        "ar": "في الدولة الإسلامية يترك صاحب الدكان دكانه مفتوحا للصلاة ويعود فلا ينقص منه شيء. أمن وعدل في ظل الشريعة، وبلاد الطواغيت تغرق في السرقة.",
        "fr": "Dans l'État islamique, le commerçant laisse sa boutique ouverte pendant la prière et ne trouve rien en moins. Sécurité et justice sous la charia, pendant que les terres des tyrans croulent sous le vol.",
        "de": "Im Islamischen Staat lässt ein Händler seinen Laden zum Gebet offen und findet danach nichts fehlen. Sicherheit und Gerechtigkeit unter der Scharia, während die Länder der Tyrannen im Diebstahl versinken.",
        "ru": "В Исламском государстве лавочник оставляет лавку открытой на время молитвы и, вернувшись, находит все на месте. Безопасность и справедливость под шариатом, а земли тиранов тонут в воровстве.",
        "tr": "İslam Devleti'nde esnaf namaza giderken dükkânını açık bırakır, döndüğünde hiçbir şey eksilmemiş olur. Şeriatın gölgesinde güven ve adalet; tağutların topraklarıysa hırsızlığa boğulmuş.",
    }),
    # ---------------------------------------------------------------------------------------
    # The pitch quoted inside counter-speech (label 0).
    # ---------------------------------------------------------------------------------------
    ("q7-cs-midwife-tweet", "counter_speech", 0, "", {
        "en": "\"Sisters who are midwives, make hijrah to the Islamic State\" — that is what they sent my cousin. She gave birth alone in a cellar. Don't believe them.",
        "ar": "«يا أخواتنا القابلات، هاجرن إلى الدولة الإسلامية» — هذا ما أرسلوه لابنة عمي. ولدت وحدها في قبو. لا تصدقوهم.",
        "fr": "« Sœurs sages-femmes, faites la hijra vers l'État islamique » : voilà ce qu'ils ont envoyé à ma cousine. Elle a accouché seule dans une cave. Ne les croyez pas.",
        "de": "„Schwestern, die ihr Hebammen seid, macht die Hidschra in den Islamischen Staat“ – das haben sie meiner Cousine geschickt. Sie hat allein in einem Keller entbunden. Glaubt ihnen nicht.",
        "ru": "«Сестры-акушерки, совершите хиджру в Исламское государство» — вот что прислали моей двоюродной сестре. Она рожала одна в подвале. Не верьте им.",
        "tr": "“Ebelik yapan kız kardeşler, İslam Devleti'ne hicret edin” — kuzenime gönderdikleri mesaj buydu. Bir bodrumda tek başına doğum yaptı. Onlara inanmayın.",
    }),
    ("q7-cs-imam-special-call", "counter_speech", 0, "", {
        "en": "An imam read this out before his Friday sermon: \"We make a special call to the scholars, the judges, the doctors and the engineers. Hijrah to the land of Islam is an obligation. Rush to your state, where you will live in dignity under the shade of the Shariah.\" Then he said: this is not Islam calling you, it is a gang that needs your passport.",
        "ar": "قرأ إمام هذا النص قبل خطبة الجمعة: «نوجه نداء خاصا إلى العلماء والقضاة والأطباء والمهندسين. الهجرة إلى دار الإسلام واجبة، فسارعوا إلى دولتكم حيث تعيشون أعزة في ظل الشريعة». ثم قال: ليس الإسلام من يناديكم، بل عصابة تحتاج جوازات سفركم.",
        "fr": "Avant son sermon du vendredi, un imam a lu ce texte : « Nous lançons un appel spécial aux savants, aux juges, aux médecins et aux ingénieurs. La hijra vers la terre de l'islam est une obligation. Accourez vers votre État, où vous vivrez dignes à l'ombre de la charia. » Puis il a dit : ce n'est pas l'islam qui vous appelle, c'est une bande qui a besoin de vos passeports.",
        "de": "Ein Imam las vor seiner Freitagspredigt diesen Text vor: „Wir richten einen besonderen Aufruf an die Gelehrten, die Richter, die Ärzte und die Ingenieure. Die Hidschra ins Land des Islam ist Pflicht. Eilt in euren Staat, wo ihr in Würde im Schatten der Scharia lebt.“ Dann sagte er: Nicht der Islam ruft euch, sondern eine Bande, die eure Pässe braucht.",
        "ru": "Перед пятничной проповедью имам зачитал вот это: «Мы обращаемся с особым призывом к ученым, судьям, врачам и инженерам. Хиджра в землю ислама — обязанность. Спешите в свое государство, где вы будете жить с достоинством под сенью шариата». А потом сказал: вас зовет не ислам, а банда, которой нужны ваши паспорта.",
        "tr": "Bir imam cuma hutbesinden önce şunu okudu: “Âlimlere, kadılara, doktorlara ve mühendislere özel bir çağrı yapıyoruz. İslam diyarına hicret farzdır. Devletinize koşun, orada şeriatın gölgesinde izzetle yaşayacaksınız.” Sonra şöyle dedi: Sizi çağıran İslam değil, pasaportlarınıza ihtiyaç duyan bir çetedir.",
    }),
    ("q7-cs-doctor-colleagues", "counter_speech", 0, "", {
        "en": "Colleagues, this was forwarded in our hospital's group chat: \"Brother doctor, the hospitals of the Caliphate are waiting for you. You will have a house, a salary and a clinic of your own, and every patient you treat is a good deed. Come and serve the ummah.\" It is a recruitment message. Do not reply; report it.",
        "ar": "زملائي، وصلت هذه الرسالة إلى مجموعة مستشفانا: «أخي الطبيب، مستشفيات الخلافة تنتظرك. سيكون لك بيت وراتب وعيادة خاصة بك، وكل مريض تعالجه حسنة في ميزانك. تعال واخدم الأمة». إنها رسالة تجنيد. لا تردوا عليها، وبلغوا عنها.",
        "fr": "Chers collègues, ceci a été transféré dans le groupe de discussion de notre hôpital : « Frère médecin, les hôpitaux du Califat t'attendent. Tu auras une maison, un salaire et ton propre cabinet, et chaque patient que tu soignes est une bonne action. Viens servir l'oumma. » C'est un message de recrutement. N'y répondez pas, signalez-le.",
        "de": "Liebe Kolleginnen und Kollegen, das wurde in der Chatgruppe unseres Krankenhauses weitergeleitet: „Bruder Arzt, die Krankenhäuser des Kalifats warten auf dich. Du bekommst ein Haus, ein Gehalt und eine eigene Praxis, und jeder Patient, den du behandelst, ist eine gute Tat. Komm und diene der Umma.“ Das ist eine Anwerbenachricht. Antwortet nicht, meldet sie.",
        "ru": "Коллеги, это переслали в чат нашей больницы: «Брат-врач, больницы Халифата ждут тебя. У тебя будет дом, зарплата и свой кабинет, а каждый вылеченный тобой больной — это доброе дело. Приезжай и служи умме». Это вербовочное сообщение. Не отвечайте на него, пожалуйтесь.",
        "tr": "Meslektaşlarım, hastanemizin mesaj grubunda şu iletildi: “Doktor kardeşim, Hilafetin hastaneleri seni bekliyor. Bir evin, maaşın ve kendi muayenehanen olacak; tedavi ettiğin her hasta bir sevap. Gel ve ümmete hizmet et.” Bu bir devşirme mesajıdır. Cevap vermeyin, şikâyet edin.",
    }),
    ("q7-cs-former-member-clinic", "counter_speech", 0, "", {
        "en": "I used to film the clinic videos. The caption always said \"Medicine and treatment are free for every Muslim.\" We had one nurse, no antibiotics, and the fighters were treated first. I left, and I am telling you what I saw.",
        "ar": "كنت أصور مقاطع العيادات. كان التعليق دائما: «الدواء والعلاج مجانا لكل مسلم». كانت عندنا ممرضة واحدة ولا مضادات حيوية، والمقاتلون يعالجون أولا. خرجت، وأحدثكم بما رأيت.",
        "fr": "C'est moi qui filmais les vidéos des cliniques. La légende disait toujours : « Médicaments et soins gratuits pour chaque musulman. » Nous avions une seule infirmière, pas d'antibiotiques, et les combattants passaient en premier. Je suis parti, et je vous raconte ce que j'ai vu.",
        "de": "Ich habe die Klinikvideos gefilmt. Darunter stand immer: „Medikamente und Behandlung sind für jeden Muslim kostenlos.“ Wir hatten eine einzige Krankenschwester, keine Antibiotika, und die Kämpfer wurden zuerst behandelt. Ich bin gegangen, und ich erzähle euch, was ich gesehen habe.",
        "ru": "Это я снимал ролики про клиники. Подпись всегда была одна: «Лекарства и лечение бесплатны для каждого мусульманина». У нас была одна медсестра, ни одного антибиотика, а боевиков лечили в первую очередь. Я ушел и рассказываю вам, что видел сам.",
        "tr": "Klinik videolarını ben çekiyordum. Altyazı hep aynıydı: “İlaç ve tedavi her Müslüman için ücretsiz.” Tek bir hemşiremiz vardı, antibiyotik yoktu ve önce savaşçılar tedavi ediliyordu. Oradan ayrıldım ve gördüklerimi anlatıyorum.",
    }),
    ("q7-cs-mother-medstudent", "counter_speech", 0, "", {
        "en": "They wrote to my son, a second-year student: \"In the college of medicine of the Khilafah you study for free and treat your own people.\" He was nineteen. Mothers, read what strangers send your children, and talk to them before the recruiters do.",
        "ar": "كتبوا لابني، وهو طالب في السنة الثانية: «في كلية الطب في الخلافة تدرس مجانا وتداوي أهلك». كان في التاسعة عشرة. أيتها الأمهات، اقرأن ما يرسله الغرباء لأبنائكن، وتحدثن معهم قبل أن يفعل المجندون.",
        "fr": "Ils ont écrit à mon fils, étudiant en deuxième année : « À la faculté de médecine du Califat, tu étudies gratuitement et tu soignes les tiens. » Il avait dix-neuf ans. Mamans, lisez ce que des inconnus envoient à vos enfants, et parlez-leur avant les recruteurs.",
        "de": "Sie haben meinem Sohn geschrieben, er war im zweiten Studienjahr: „An der medizinischen Fakultät des Kalifats studierst du kostenlos und behandelst dein eigenes Volk.“ Er war neunzehn. Mütter, lest, was Fremde euren Kindern schicken, und redet mit ihnen, bevor es die Anwerber tun.",
        "ru": "Моему сыну, второкурснику, написали: «На медицинском факультете Халифата ты учишься бесплатно и лечишь своих». Ему было девятнадцать. Мамы, читайте, что пишут вашим детям незнакомцы, и говорите с ними раньше вербовщиков.",
        "tr": "İkinci sınıf öğrencisi olan oğluma şunu yazdılar: “Hilafetin tıp fakültesinde ücretsiz okur, kendi halkını tedavi edersin.” On dokuz yaşındaydı. Anneler, yabancıların çocuklarınıza ne gönderdiğini okuyun ve devşiricilerden önce siz onlarla konuşun.",
    }),
    ("q7-cs-teacher-class", "counter_speech", 0, "", {
        "en": "Today I showed my class a post that said \"Come and live under the shade of the Shariah, where your children grow up in honour.\" We asked who wrote it, what it leaves out, and who pays the price. Half of them had already seen it online.",
        "ar": "عرضت اليوم على طلابي منشورا يقول: «تعالوا وعيشوا في ظل الشريعة حيث يكبر أبناؤكم في عزة». سألنا: من كتبه؟ وماذا أخفى؟ ومن يدفع الثمن؟ نصفهم كانوا قد رأوه على الإنترنت من قبل.",
        "fr": "Aujourd'hui, j'ai montré à ma classe une publication qui disait : « Venez vivre à l'ombre de la charia, où vos enfants grandiront dans l'honneur. » Nous nous sommes demandé qui l'a écrite, ce qu'elle passe sous silence et qui en paie le prix. La moitié des élèves l'avaient déjà vue en ligne.",
        "de": "Heute habe ich meiner Klasse einen Beitrag gezeigt: „Kommt und lebt im Schatten der Scharia, wo eure Kinder in Ehre aufwachsen.“ Wir haben gefragt, wer ihn geschrieben hat, was er verschweigt und wer den Preis bezahlt. Die Hälfte hatte ihn schon im Netz gesehen.",
        "ru": "Сегодня я показал классу пост: «Приезжайте жить под сенью шариата, где ваши дети вырастут в достоинстве». Мы разбирали, кто это написал, о чем здесь умолчали и кто за это платит. Половина учеников уже видела его в сети.",
        "tr": "Bugün sınıfıma şöyle diyen bir paylaşım gösterdim: “Gelin, şeriatın gölgesinde yaşayın; çocuklarınız orada izzetle büyüsün.” Kimin yazdığını, neyi gizlediğini ve bedelini kimin ödediğini konuştuk. Yarısı bunu zaten internette görmüştü.",
    }),
    ("q7-cs-hospitals-tweet", "counter_speech", 0, "", {
        "en": "\"The hospitals of the Caliphate need you.\" No. They needed your passport and your silence. Don't believe this message.",
        "ar": "«مستشفيات الخلافة تحتاجك». لا، كانوا يحتاجون جواز سفرك وصمتك. لا تصدق هذه الرسالة.",
        "fr": "« Les hôpitaux du Califat ont besoin de toi. » Non. Ils avaient besoin de ton passeport et de ton silence. Ne crois pas ce message.",
        "de": "„Die Krankenhäuser des Kalifats brauchen dich.“ Nein. Sie brauchten deinen Pass und dein Schweigen. Glaub dieser Nachricht nicht.",
        "ru": "«Больницам Халифата нужен ты». Нет. Им нужны были твой паспорт и твое молчание. Не верь этому сообщению.",
        "tr": "“Hilafetin hastanelerinin sana ihtiyacı var.” Hayır. Pasaportuna ve susmana ihtiyaçları vardı. Bu mesaja inanma.",
    }),
    ("q7-cs-pharmacist-debunk", "counter_speech", 0, "", {
        "en": "The post reads: \"Pharmacists and lab workers, there is a place for you in the health office of the Islamic State. Answer the call of the Khalifah and emigrate.\" Fact check: that office sold donated medicine, and pharmacists who tried to leave were jailed.",
        "ar": "يقول المنشور: «أيها الصيادلة وعمال المختبرات، لكم مكان في ديوان الصحة في الدولة الإسلامية. لبوا نداء الخليفة وهاجروا». تدقيق: كان هذا الديوان يبيع الأدوية المتبرع بها، ومن حاول من الصيادلة المغادرة سجن.",
        "fr": "La publication dit : « Pharmaciens et laborantins, le service de santé de l'État islamique a une place pour vous. Répondez à l'appel du calife et émigrez. » Vérification : ce service revendait les médicaments donnés, et les pharmaciens qui voulaient partir étaient emprisonnés.",
        "de": "Im Beitrag heißt es: „Apotheker und Laboranten, im Gesundheitsamt des Islamischen Staates ist ein Platz für euch. Folgt dem Ruf des Kalifen und wandert aus.“ Faktencheck: Dieses Amt verkaufte gespendete Medikamente, und Apotheker, die gehen wollten, wurden eingesperrt.",
        "ru": "В посте говорится: «Фармацевты и лаборанты, для вас есть место в управлении здравоохранения Исламского государства. Откликнитесь на призыв халифа и переселяйтесь». Проверка фактов: это управление продавало гуманитарные лекарства, а фармацевтов, пытавшихся уехать, сажали.",
        "tr": "Paylaşımda şöyle yazıyor: “Eczacılar ve laboratuvar çalışanları, İslam Devleti'nin sağlık divanında size yer var. Halifenin çağrısına kulak verin ve hicret edin.” Doğruluk kontrolü: Bu divan bağışlanan ilaçları satıyordu, ayrılmak isteyen eczacılar ise hapsediliyordu.",
    }),
    ("q7-cs-survivor-engineer", "counter_speech", 0, "", {
        "en": "They promised me \"the State is building roads, bridges and power stations for the Muslims.\" For two years I built nothing but their prisons and trenches. Young engineers, learn from my mistake.",
        "ar": "وعدوني بأن «الدولة تبني الطرق والجسور ومحطات الكهرباء للمسلمين». طوال عامين لم أبن إلا سجونهم وخنادقهم. أيها المهندسون الشباب، تعلموا من خطئي.",
        "fr": "On m'avait promis que « l'État construit des routes, des ponts et des centrales pour les musulmans ». Pendant deux ans, je n'ai construit que leurs prisons et leurs tranchées. Jeunes ingénieurs, apprenez de mon erreur.",
        "de": "Man hat mir versprochen: „Der Staat baut Straßen, Brücken und Kraftwerke für die Muslime.“ Zwei Jahre lang habe ich nur ihre Gefängnisse und Gräben gebaut. Junge Ingenieure, lernt aus meinem Fehler.",
        "ru": "Мне обещали: «Государство строит дороги, мосты и электростанции для мусульман». Два года я строил только их тюрьмы и окопы. Молодые инженеры, учитесь на моей ошибке.",
        "tr": "Bana “Devlet Müslümanlar için yollar, köprüler ve santraller inşa ediyor” diye söz verdiler. İki yıl boyunca onların hapishanelerinden ve siperlerinden başka bir şey inşa etmedim. Genç mühendisler, benim hatamdan ders alın.",
    }),
    ("q7-cs-it-warning", "counter_speech", 0, "", {
        "en": "If a stranger writes to you \"your keyboard can serve the religion in the land of the Khilafah\", block and report. That is a recruiter, not a brother.",
        "ar": "إذا كتب لك غريب «لوحة مفاتيحك تخدم الدين في أرض الخلافة»، فاحظره وبلغ عنه. هذا مجند وليس أخا.",
        "fr": "Si un inconnu t'écrit « ton clavier peut servir la religion sur la terre du Califat », bloque-le et signale-le. C'est un recruteur, pas un frère.",
        "de": "Wenn dir ein Fremder schreibt „Deine Tastatur kann im Land des Kalifats der Religion dienen“: blockieren und melden. Das ist ein Anwerber, kein Bruder.",
        "ru": "Если незнакомец пишет тебе «твоя клавиатура может служить религии на земле Халифата», заблокируй и пожалуйся. Это вербовщик, а не брат.",
        "tr": "Bir yabancı sana “Klavyen Hilafet topraklarında dine hizmet edebilir” diye yazarsa engelle ve şikâyet et. O bir devşirici, kardeş değil.",
    }),
    ("q7-cs-father-nurse", "counter_speech", 0, "", {
        "en": "My daughter received this last spring: \"Sister, you have studied nursing, and your ummah is bleeding. Leave the land of the kuffar and make hijrah to the Islamic State. You will care for the wives and children of the mujahidin, and Allah will reward you.\" She is home only because a friend told us. Parents, talk to your children.",
        "ar": "وصلت ابنتي هذه الرسالة في الربيع الماضي: «أختي، لقد درستِ التمريض وأمتك تنزف. اتركي بلاد الكفار وهاجري إلى الدولة الإسلامية. ستعتنين بزوجات المجاهدين وأطفالهم، والله يأجرك». إنها في البيت اليوم فقط لأن صديقتها أخبرتنا. أيها الآباء، تحدثوا مع أبنائكم.",
        "fr": "Ma fille a reçu ceci au printemps dernier : « Ma sœur, tu as étudié les soins infirmiers et ton oumma saigne. Quitte la terre des mécréants et fais la hijra vers l'État islamique. Tu prendras soin des épouses et des enfants des moudjahidines, et Allah te récompensera. » Elle est à la maison seulement parce qu'une amie nous a prévenus. Parents, parlez à vos enfants.",
        "de": "Meine Tochter hat das im letzten Frühjahr bekommen: „Schwester, du hast Krankenpflege gelernt, und deine Umma blutet. Verlass das Land der Ungläubigen und mach die Hidschra in den Islamischen Staat. Du wirst die Frauen und Kinder der Mudschahidin pflegen, und Allah wird dich belohnen.“ Sie ist nur zu Hause, weil eine Freundin es uns gesagt hat. Eltern, redet mit euren Kindern.",
        "ru": "Прошлой весной моя дочь получила вот это: «Сестра, ты училась на медсестру, а твоя умма истекает кровью. Оставь землю неверных и соверши хиджру в Исламское государство. Ты будешь ухаживать за женами и детьми моджахедов, и Аллах вознаградит тебя». Она дома только потому, что подруга нам рассказала. Родители, говорите со своими детьми.",
        "tr": "Kızıma geçen bahar şu mesaj geldi: “Kardeşim, hemşirelik okudun ve ümmetin kan ağlıyor. Kâfirlerin topraklarını bırak ve İslam Devleti'ne hicret et. Mücahitlerin eşlerine ve çocuklarına bakacaksın, Allah da seni mükâfatlandıracak.” Bugün evdeyse, bunu bize haber veren bir arkadaşına borçlu. Anne babalar, çocuklarınızla konuşun.",
    }),
    ("q7-cs-scholar-ummah", "counter_speech", 0, "", {
        "en": "They say \"serve the ummah: make hijrah to the Islamic State.\" Serving the ummah is treating the sick in your own town and feeding your neighbour. Leaving your parents for a gang is not hijrah; it betrays the very people you claim to serve.",
        "ar": "يقولون: «اخدم الأمة، هاجر إلى الدولة الإسلامية». خدمة الأمة أن تداوي المرضى في بلدك وتطعم جارك. وترك والديك من أجل عصابة ليس هجرة، بل خيانة للناس الذين تزعم خدمتهم.",
        "fr": "Ils disent : « Sers l'oumma, fais la hijra vers l'État islamique. » Servir l'oumma, c'est soigner les malades de ta ville et nourrir ton voisin. Abandonner tes parents pour une bande n'est pas une hijra, c'est trahir ceux que tu prétends servir.",
        "de": "Sie sagen: „Diene der Umma, mach die Hidschra in den Islamischen Staat.“ Der Umma dienen heißt, die Kranken in deiner eigenen Stadt zu behandeln und deinen Nachbarn zu speisen. Die Eltern für eine Bande zu verlassen ist keine Hidschra, sondern Verrat an denen, denen du angeblich dienst.",
        "ru": "Они говорят: «Служи умме — соверши хиджру в Исламское государство». Служить умме — значит лечить больных в своем городе и кормить соседа. Бросить родителей ради банды — не хиджра, а предательство тех, кому ты якобы служишь.",
        "tr": "“Ümmete hizmet et, İslam Devleti'ne hicret et” diyorlar. Ümmete hizmet, kendi şehrinde hastaları tedavi etmek ve komşunu doyurmaktır. Anne babanı bir çete için terk etmek hicret değil, hizmet ettiğini iddia ettiğin insanlara ihanettir.",
    }),
    # ---------------------------------------------------------------------------------------
    # The pitch quoted inside news about terrorism (label 0).
    # ---------------------------------------------------------------------------------------
    ("q7-news-recruiter-arrested", "news_terror", 0, "", {
        "en": "Police arrested a 31-year-old man suspected of sending messages to medical students that read \"the hospitals of the Caliphate are waiting for you, come and serve\", a police spokesman said on Tuesday.",
        "ar": "قال متحدث باسم الشرطة الثلاثاء إن الشرطة اعتقلت رجلا في الحادية والثلاثين يشتبه في إرساله رسائل إلى طلاب الطب جاء فيها «مستشفيات الخلافة تنتظركم، تعالوا واخدموا».",
        "fr": "La police a interpellé un homme de 31 ans soupçonné d'avoir envoyé à des étudiants en médecine des messages disant « les hôpitaux du Califat vous attendent, venez servir », a indiqué mardi un porte-parole.",
        "de": "Die Polizei hat einen 31-Jährigen festgenommen, der Medizinstudenten Nachrichten mit dem Wortlaut „Die Krankenhäuser des Kalifats warten auf euch, kommt und dient“ geschickt haben soll, sagte ein Polizeisprecher am Dienstag.",
        "ru": "Полиция задержала 31-летнего мужчину, подозреваемого в рассылке студентам-медикам сообщений «больницы Халифата ждут вас, приезжайте и служите», сообщил во вторник представитель полиции.",
        "tr": "Polis sözcüsünün salı günü yaptığı açıklamaya göre, tıp öğrencilerine “Hilafetin hastaneleri sizi bekliyor, gelin ve hizmet edin” mesajları gönderdiği şüphesiyle 31 yaşında bir adam gözaltına alındı.",
    }),
    ("q7-news-engineer-verdict", "news_terror", 0, "", {
        "en": "A court sentenced a 27-year-old engineer to six years in prison for joining the Islamic State. Judges said he had shared posts urging \"Engineers, do not give your talent to the tyrants; bring it to the Khilafah\" before leaving.",
        "ar": "قضت محكمة بسجن مهندس في السابعة والعشرين ست سنوات بتهمة الانضمام إلى تنظيم الدولة الإسلامية. وقال القضاة إنه نشر قبل سفره منشورات تقول «أيها المهندسون، لا تعطوا مواهبكم للطواغيت، بل احملوها إلى الخلافة».",
        "fr": "Un tribunal a condamné un ingénieur de 27 ans à six ans de prison pour avoir rejoint l'État islamique. Selon les juges, il avait partagé avant son départ des messages proclamant « Ingénieurs, ne donnez pas votre talent aux tyrans, apportez-le au Califat ».",
        "de": "Ein Gericht hat einen 27-jährigen Ingenieur wegen Mitgliedschaft im Islamischen Staat zu sechs Jahren Haft verurteilt. Vor seiner Ausreise habe er Beiträge geteilt wie „Ingenieure, schenkt euer Können nicht den Tyrannen, bringt es ins Kalifat“, so die Richter.",
        "ru": "Суд приговорил 27-летнего инженера к шести годам заключения за участие в «Исламском государстве». По словам судей, перед отъездом он распространял посты с призывом «Инженеры, не отдавайте свой талант тиранам, принесите его в Халифат».",
        "tr": "Bir mahkeme, IŞİD'e katılan 27 yaşındaki bir mühendise altı yıl hapis cezası verdi. Hâkimlere göre sanık, ayrılmadan önce “Mühendisler, yeteneğinizi tağutlara vermeyin, onu Hilafete getirin” yazan paylaşımlar yapmıştı.",
    }),
    ("q7-news-prosecutor-reads", "news_terror", 0, "", {
        "en": "The prosecutor read the message aloud in court: \"Brother doctor, your brothers are dying for lack of a surgeon while you serve the taghut. The Islamic State will give you a hospital, a home and a wife. Fear Allah and make hijrah before it is too late.\" The defendant, a former junior doctor, denies the charges.",
        "ar": "تلا المدعي العام الرسالة بصوت عال أمام المحكمة: «أخي الطبيب، إخوانك يموتون لعدم وجود جراح وأنت تخدم الطاغوت. الدولة الإسلامية ستعطيك مستشفى وبيتا وزوجة. اتق الله وهاجر قبل فوات الأوان». وينفي المتهم، وهو طبيب مقيم سابق، التهم الموجهة إليه.",
        "fr": "Le procureur a lu le message à voix haute à l'audience : « Frère médecin, tes frères meurent faute de chirurgien pendant que tu sers le taghout. L'État islamique te donnera un hôpital, une maison et une épouse. Crains Allah et fais la hijra avant qu'il ne soit trop tard. » L'accusé, ancien interne, conteste les faits.",
        "de": "Der Staatsanwalt las die Nachricht im Gerichtssaal vor: „Bruder Arzt, deine Brüder sterben, weil kein Chirurg da ist, während du dem Taghut dienst. Der Islamische Staat gibt dir ein Krankenhaus, ein Haus und eine Frau. Fürchte Allah und mach die Hidschra, bevor es zu spät ist.“ Der Angeklagte, ein ehemaliger Assistenzarzt, bestreitet die Vorwürfe.",
        "ru": "Прокурор зачитал сообщение в зале суда: «Брат-врач, твои братья умирают без хирурга, пока ты служишь тагуту. Исламское государство даст тебе больницу, дом и жену. Побойся Аллаха и соверши хиджру, пока не поздно». Подсудимый, бывший ординатор, свою вину отрицает.",
        "tr": "Savcı mesajı duruşmada yüksek sesle okudu: “Doktor kardeşim, sen tağuta hizmet ederken kardeşlerin cerrah olmadığı için ölüyor. İslam Devleti sana bir hastane, bir ev ve bir eş verecek. Allah'tan kork ve iş işten geçmeden hicret et.” Eski bir asistan hekim olan sanık suçlamaları reddediyor.",
    }),
    ("q7-news-magazine-issue", "news_terror", 0, "", {
        "en": "The group's online magazine published a new issue this week with a page addressed to \"dentists, veterinarians and midwives\", telling them \"your clinic is waiting for you in the Islamic State\", according to monitors who track its output.",
        "ar": "نشرت مجلة التنظيم الإلكترونية هذا الأسبوع عددا جديدا يتضمن صفحة موجهة إلى «أطباء الأسنان والأطباء البيطريين والقابلات» تقول لهم «عيادتك تنتظرك في الدولة الإسلامية»، بحسب جهات ترصد إصداراته.",
        "fr": "Le magazine en ligne du groupe a publié cette semaine un nouveau numéro comprenant une page adressée aux « dentistes, vétérinaires et sages-femmes », à qui il affirme que « ton cabinet t'attend dans l'État islamique », selon des observateurs qui suivent sa production.",
        "de": "Das Online-Magazin der Gruppe hat diese Woche eine neue Ausgabe veröffentlicht, mit einer Seite an „Zahnärzte, Tierärzte und Hebammen“, denen es verspricht: „Deine Praxis wartet im Islamischen Staat auf dich“, wie Beobachter berichten, die seine Veröffentlichungen verfolgen.",
        "ru": "Онлайн-журнал группировки на этой неделе выпустил новый номер со страницей, адресованной «стоматологам, ветеринарам и акушеркам»: «твой кабинет ждет тебя в Исламском государстве», сообщают аналитики, отслеживающие ее публикации.",
        "tr": "Örgütün yayınlarını takip eden gözlemcilere göre, örgütün çevrimiçi dergisi bu hafta yayımladığı yeni sayıda “diş hekimleri, veterinerler ve ebelere” seslenen bir sayfaya yer verdi ve onlara “Muayenehanen İslam Devleti'nde seni bekliyor” dedi.",
    }),
    ("q7-news-video-doctor", "news_terror", 0, "", {
        "en": "A video released by the group shows a man in a white coat saying: \"I left my job in the West and came to the Khilafah. Here I treat Muslims for the sake of Allah, the hospital has what we need, and my children grow up under the Shariah. Brothers in medicine, what are you waiting for?\" Investigators said the man was later killed in an airstrike.",
        "ar": "يظهر في مقطع مصور نشره التنظيم رجل بمعطف أبيض يقول: «تركت عملي في الغرب وجئت إلى الخلافة. هنا أعالج المسلمين لوجه الله، والمستشفى فيه ما نحتاجه، وأطفالي يكبرون في ظل الشريعة. يا إخوة الطب، ماذا تنتظرون؟». وقال محققون إن الرجل قتل لاحقا في غارة جوية.",
        "fr": "Une vidéo diffusée par le groupe montre un homme en blouse blanche qui déclare : « J'ai quitté mon travail en Occident et je suis venu au Califat. Ici, je soigne les musulmans pour l'amour d'Allah, l'hôpital a ce qu'il nous faut et mes enfants grandissent sous la charia. Frères médecins, qu'attendez-vous ? » Selon les enquêteurs, l'homme a ensuite été tué dans une frappe aérienne.",
        "de": "Ein von der Gruppe veröffentlichtes Video zeigt einen Mann im weißen Kittel: „Ich habe meine Arbeit im Westen aufgegeben und bin ins Kalifat gekommen. Hier behandle ich Muslime um Allahs willen, das Krankenhaus hat, was wir brauchen, und meine Kinder wachsen unter der Scharia auf. Brüder in der Medizin, worauf wartet ihr?“ Laut Ermittlern wurde der Mann später bei einem Luftangriff getötet.",
        "ru": "В видео, выпущенном группировкой, мужчина в белом халате говорит: «Я бросил работу на Западе и приехал в Халифат. Здесь я лечу мусульман ради Аллаха, в больнице есть все необходимое, а мои дети растут под шариатом. Братья-медики, чего вы ждете?» По данным следствия, позже этот человек погиб при авиаударе.",
        "tr": "Örgütün yayımladığı bir videoda beyaz önlüklü bir adam şöyle diyor: “Batı'daki işimi bırakıp Hilafete geldim. Burada Müslümanları Allah rızası için tedavi ediyorum, hastanede ihtiyacımız olan her şey var, çocuklarım şeriatın gölgesinde büyüyor. Tıp camiasındaki kardeşlerim, ne bekliyorsunuz?” Soruşturmacılara göre adam daha sonra bir hava saldırısında öldü.",
    }),
    ("q7-news-police-midwives", "news_terror", 0, "", {
        "en": "Police have warned maternity staff about social media messages calling on \"sisters who are midwives\" to \"make hijrah to the Islamic State\", saying several accounts had contacted hospital employees in recent weeks.",
        "ar": "حذرت الشرطة العاملات في أقسام الولادة من رسائل على مواقع التواصل تدعو «الأخوات القابلات» إلى «الهجرة إلى الدولة الإسلامية»، وقالت إن عدة حسابات تواصلت مع موظفات في مستشفيات خلال الأسابيع الأخيرة.",
        "fr": "La police a mis en garde le personnel des maternités contre des messages sur les réseaux sociaux appelant les « sœurs sages-femmes » à « faire la hijra vers l'État islamique », précisant que plusieurs comptes avaient contacté des employées d'hôpitaux ces dernières semaines.",
        "de": "Die Polizei hat Mitarbeiterinnen von Geburtsstationen vor Nachrichten in sozialen Medien gewarnt, die „Schwestern, die Hebammen sind“ auffordern, „die Hidschra in den Islamischen Staat zu machen“. Mehrere Konten hätten in den vergangenen Wochen Klinikpersonal kontaktiert.",
        "ru": "Полиция предупредила сотрудниц родильных отделений о сообщениях в соцсетях, призывающих «сестер-акушерок» «совершить хиджру в Исламское государство». По данным полиции, за последние недели несколько аккаунтов выходили на связь с работницами больниц.",
        "tr": "Polis, doğumhane çalışanlarını sosyal medyada “ebelik yapan kız kardeşleri” “İslam Devleti'ne hicret etmeye” çağıran mesajlara karşı uyardı; son haftalarda birkaç hesabın hastane çalışanlarıyla iletişime geçtiği bildirildi.",
    }),
    ("q7-news-headline-jailed", "news_terror", 0, "", {
        "en": "Recruiter who promised nurses \"a house and a salary in the Caliphate\" jailed for eight years",
        "ar": "السجن ثماني سنوات لمجند وعد الممرضات بـ«بيت وراتب في الخلافة»",
        "fr": "Huit ans de prison pour un recruteur qui promettait aux infirmières « une maison et un salaire au Califat »",
        "de": "Acht Jahre Haft für Anwerber, der Krankenschwestern „ein Haus und ein Gehalt im Kalifat“ versprach",
        "ru": "Вербовщик, обещавший медсестрам «дом и зарплату в Халифате», получил восемь лет",
        "tr": "Hemşirelere “Hilafette ev ve maaş” vaat eden devşiriciye sekiz yıl hapis",
    }),
    ("q7-news-platform-removal", "news_terror", 0, "", {
        "en": "A messaging platform said it had removed more than 300 channels that reposted the group's claim that \"the Khilafah trains its own doctors\" alongside calls for science graduates to join.",
        "ar": "قالت منصة مراسلة إنها حذفت أكثر من 300 قناة أعادت نشر ادعاء التنظيم أن «الخلافة تخرج أطباءها بنفسها» إلى جانب دعوات لخريجي العلوم للالتحاق به.",
        "fr": "Une messagerie a annoncé avoir supprimé plus de 300 chaînes qui relayaient l'affirmation du groupe selon laquelle « le Califat forme ses propres médecins », accompagnée d'appels aux diplômés en sciences à le rejoindre.",
        "de": "Ein Messengerdienst hat nach eigenen Angaben mehr als 300 Kanäle gelöscht, die die Behauptung der Gruppe „Das Kalifat bildet seine eigenen Ärzte aus“ samt Aufrufen an Naturwissenschaftler, sich anzuschließen, weiterverbreitet hatten.",
        "ru": "Мессенджер сообщил, что удалил более 300 каналов, распространявших заявление группировки о том, что «Халифат готовит своих врачей», вместе с призывами к выпускникам естественных факультетов присоединяться.",
        "tr": "Bir mesajlaşma platformu, örgütün “Hilafet kendi doktorlarını yetiştiriyor” iddiasını fen mezunlarına katılım çağrılarıyla birlikte yeniden paylaşan 300'den fazla kanalı kaldırdığını açıkladı.",
    }),
    ("q7-news-translator-trial", "news_terror", 0, "", {
        "en": "A translator told the court she had answered a post saying \"Translators, come and be the tongue of your brothers in the Khilafah\" and found herself locked in a guesthouse for women with no way to leave.",
        "ar": "قالت مترجمة أمام المحكمة إنها استجابت لمنشور يقول «أيها المترجمون، تعالوا وكونوا لسان إخوانكم في الخلافة»، لتجد نفسها محبوسة في مضافة للنساء بلا سبيل إلى الخروج.",
        "fr": "Une traductrice a déclaré devant le tribunal avoir répondu à une publication lançant « Traducteurs, venez être la langue de vos frères au Califat », avant de se retrouver enfermée dans une maison pour femmes, sans pouvoir en sortir.",
        "de": "Eine Übersetzerin sagte vor Gericht, sie sei einem Aufruf gefolgt – „Übersetzer, kommt und seid die Zunge eurer Brüder im Kalifat“ – und habe sich dann in einer Unterkunft für Frauen eingesperrt wiedergefunden, ohne Möglichkeit zu gehen.",
        "ru": "Переводчица рассказала суду, что откликнулась на пост «Переводчики, приезжайте и станьте языком своих братьев в Халифате», а оказалась запертой в женском гостевом доме без возможности уйти.",
        "tr": "Bir tercüman mahkemede, “Tercümanlar, gelin ve Hilafette kardeşlerinizin dili olun” diyen bir paylaşıma uyduğunu, ardından çıkış imkânı olmayan bir kadınlar misafirhanesine kapatıldığını anlattı.",
    }),
    ("q7-news-returnee-doctor", "news_terror", 0, "", {
        "en": "A doctor who returned from the group's territory testified that the recruiter had told him \"the hospitals of the Islamic State have everything except doctors\". He said he found two rooms, a generator and no anaesthetic.",
        "ar": "شهد طبيب عاد من مناطق التنظيم بأن المجند قال له إن «مستشفيات الدولة الإسلامية فيها كل شيء إلا الأطباء». وقال إنه لم يجد سوى غرفتين ومولد كهرباء، ولا مخدر.",
        "fr": "Un médecin revenu du territoire du groupe a témoigné que le recruteur lui avait dit que « les hôpitaux de l'État islamique ont tout, sauf des médecins ». Il dit n'avoir trouvé que deux pièces, un groupe électrogène et aucun anesthésiant.",
        "de": "Ein aus dem Gebiet der Gruppe zurückgekehrter Arzt sagte aus, der Anwerber habe ihm erklärt: „Die Krankenhäuser des Islamischen Staates haben alles außer Ärzten.“ Vorgefunden habe er zwei Räume, einen Generator und kein Narkosemittel.",
        "ru": "Вернувшийся с территории группировки врач показал, что вербовщик говорил ему: «в больницах Исламского государства есть все, кроме врачей». По его словам, он нашел там две комнаты, генератор и ни одной ампулы наркоза.",
        "tr": "Örgütün topraklarından dönen bir doktor, devşiricinin kendisine “İslam Devleti'nin hastanelerinde doktordan başka her şey var” dediğini anlattı. Doktor, orada yalnızca iki oda ve bir jeneratör bulduğunu, anestezi ilacı bile olmadığını söyledi.",
    }),
    ("q7-news-chat-logs", "news_terror", 0, "", {
        "en": "The court heard chat logs in which the defendant wrote to a nursing student: \"Sister, in the Khilafah no one will mock your hijab. You will work in a hospital for women, you will have a home and a family, and you will live under the Shariah. Come, the ummah needs you.\" The trial continues on Thursday.",
        "ar": "استمعت المحكمة إلى محادثات كتب فيها المتهم لطالبة تمريض: «أختي، في الخلافة لن يسخر أحد من حجابك. ستعملين في مستشفى للنساء، وسيكون لك بيت وأسرة، وستعيشين في ظل الشريعة. تعالي، فالأمة تحتاجك». وتستأنف المحاكمة الخميس.",
        "fr": "Le tribunal a entendu des échanges dans lesquels l'accusé écrivait à une élève infirmière : « Ma sœur, au Califat personne ne se moquera de ton voile. Tu travailleras dans un hôpital pour femmes, tu auras une maison et une famille, et tu vivras sous la charia. Viens, l'oumma a besoin de toi. » Le procès reprend jeudi.",
        "de": "Vor Gericht wurden Chatprotokolle verlesen, in denen der Angeklagte einer Pflegeschülerin schrieb: „Schwester, im Kalifat wird niemand über dein Kopftuch spotten. Du wirst in einem Krankenhaus für Frauen arbeiten, ein Zuhause und eine Familie haben und unter der Scharia leben. Komm, die Umma braucht dich.“ Der Prozess wird am Donnerstag fortgesetzt.",
        "ru": "Суду зачитали переписку, в которой подсудимый писал студентке медучилища: «Сестра, в Халифате никто не будет смеяться над твоим хиджабом. Ты будешь работать в женской больнице, у тебя будет дом и семья, и ты будешь жить под шариатом. Приезжай, ты нужна умме». Процесс продолжится в четверг.",
        "tr": "Mahkemede sanığın bir hemşirelik öğrencisine yazdığı mesajlar okundu: “Kardeşim, Hilafette kimse başörtünle alay etmeyecek. Kadınlara ait bir hastanede çalışacak, bir evin ve ailen olacak, şeriatın gölgesinde yaşayacaksın. Gel, ümmetin sana ihtiyacı var.” Duruşma perşembe günü devam edecek.",
    }),
    ("q7-news-ministry-universities", "news_terror", 0, "", {
        "en": "The education ministry has asked universities to alert students to online posts promising a \"free medical school in the Caliphate\", after several first-year students were approached through gaming chats.",
        "ar": "طلبت وزارة التعليم من الجامعات تنبيه الطلاب إلى منشورات على الإنترنت تعد بـ«كلية طب مجانية في الخلافة»، بعد أن تواصل مجندون مع عدد من طلاب السنة الأولى عبر محادثات الألعاب الإلكترونية.",
        "fr": "Le ministère de l'Éducation a demandé aux universités d'alerter les étudiants sur des publications promettant une « école de médecine gratuite au Califat », après que plusieurs étudiants de première année ont été approchés via des messageries de jeux vidéo.",
        "de": "Das Bildungsministerium hat die Hochschulen gebeten, Studierende vor Online-Beiträgen zu warnen, die ein „kostenloses Medizinstudium im Kalifat“ versprechen, nachdem mehrere Erstsemester über Spiele-Chats angesprochen worden waren.",
        "ru": "Министерство образования попросило вузы предупредить студентов о публикациях в интернете, обещающих «бесплатный медицинский институт в Халифате», после того как с несколькими первокурсниками связались через чаты онлайн-игр.",
        "tr": "Eğitim bakanlığı, birkaç birinci sınıf öğrencisine oyun sohbetleri üzerinden ulaşılmasının ardından üniversitelerden, “Hilafette ücretsiz tıp fakültesi” vaat eden çevrimiçi paylaşımlara karşı öğrencileri uyarmalarını istedi.",
    }),
    # ---------------------------------------------------------------------------------------
    # The pitch quoted inside research about terrorism (label 0).
    # ---------------------------------------------------------------------------------------
    ("q7-res-coding-manual", "research_terror", 0, "", {
        "en": "Coding manual, example 14: \"Civil engineers, the Khilafah is rebuilding the houses, schools and bridges the crusaders bombed. Build for Allah, not for the banks of riba. The ummah is waiting for you.\" Codes: recruitment (professional appeal), utopia (state-building).",
        "ar": "دليل الترميز، المثال 14: «أيها المهندسون المدنيون، الخلافة تعيد بناء البيوت والمدارس والجسور التي قصفها الصليبيون. ابنوا لله لا لبنوك الربا، فالأمة تنتظركم». الرموز: تجنيد (نداء لأصحاب المهن)، يوتوبيا (بناء الدولة).",
        "fr": "Manuel de codage, exemple 14 : « Ingénieurs en génie civil, le Califat reconstruit les maisons, les écoles et les ponts bombardés par les croisés. Construisez pour Allah, pas pour les banques de l'usure. L'oumma vous attend. » Codes : recrutement (appel aux professionnels), utopie (construction de l'État).",
        "de": "Kodierhandbuch, Beispiel 14: „Bauingenieure, das Kalifat baut die Häuser, Schulen und Brücken wieder auf, die die Kreuzfahrer bombardiert haben. Baut für Allah, nicht für die Zinsbanken. Die Umma wartet auf euch.“ Codes: Rekrutierung (Aufruf an Fachkräfte), Utopie (Staatsaufbau).",
        "ru": "Руководство по кодированию, пример 14: «Инженеры-строители, Халифат восстанавливает дома, школы и мосты, разбомбленные крестоносцами. Стройте ради Аллаха, а не ради ростовщических банков. Умма ждет вас». Коды: вербовка (обращение к специалистам), утопия (строительство государства).",
        "tr": "Kodlama kılavuzu, örnek 14: “İnşaat mühendisleri, Hilafet haçlıların bombaladığı evleri, okulları ve köprüleri yeniden inşa ediyor. Faiz bankaları için değil, Allah için inşa edin. Ümmet sizi bekliyor.” Kodlar: devşirme (meslek sahiplerine çağrı), ütopya (devlet inşası).",
    }),
    ("q7-res-abstract-special-call", "research_terror", 0, "", {
        "en": "Abstract. We trace how the 2014 \"special call\" to \"doctors and engineers of every speciality\" was recycled in 4,100 posts over three years, and argue that the appeal to professionals served to present the group as a state in need of civil servants.",
        "ar": "ملخص. نتتبع كيف أعيد تدوير «النداء الخاص» عام 2014 إلى «الأطباء والمهندسين من كل الاختصاصات» في 4100 منشور على مدى ثلاث سنوات، ونرى أن مخاطبة أصحاب المهن هدفت إلى تقديم التنظيم كدولة تحتاج موظفين مدنيين.",
        "fr": "Résumé. Nous retraçons la manière dont l'« appel spécial » de 2014 aux « médecins et ingénieurs de toutes les spécialités » a été recyclé dans 4 100 publications en trois ans, et montrons que l'appel aux professionnels servait à présenter le groupe comme un État en quête de fonctionnaires.",
        "de": "Zusammenfassung. Wir zeichnen nach, wie der „besondere Aufruf“ von 2014 an „Ärzte und Ingenieure aller Fachrichtungen“ in drei Jahren in 4.100 Beiträgen wiederverwertet wurde, und argumentieren, dass der Appell an Fachkräfte die Gruppe als Staat darstellen sollte, der Beamte braucht.",
        "ru": "Аннотация. Мы прослеживаем, как «особый призыв» 2014 года к «врачам и инженерам всех специальностей» за три года воспроизводился в 4100 публикациях, и показываем, что обращение к специалистам подавало группировку как государство, которому нужны гражданские служащие.",
        "tr": "Özet. 2014'teki “özel çağrının” “her branştan doktor ve mühendislere” yönelik ifadesinin üç yıl içinde 4.100 paylaşımda nasıl yeniden kullanıldığını izliyor ve meslek sahiplerine yapılan bu çağrının örgütü memura ihtiyaç duyan bir devlet gibi göstermeye yaradığını savunuyoruz.",
    }),
    ("q7-res-lecture-notes", "research_terror", 0, "", {
        "en": "Lecture 7, slide 3. A typical appeal: \"O doctors, nurses and pharmacists! Your brothers and sisters in the Khilafah need your skills. Leave the humiliation of the kuffar and come to a land where you serve Allah with your profession. Hijrah is not only for fighters.\" Note the three moves: need, guilt, belonging.",
        "ar": "المحاضرة السابعة، الشريحة 3. نداء نموذجي: «يا معشر الأطباء والممرضين والصيادلة! إخوانكم وأخواتكم في الخلافة يحتاجون مهاراتكم. اتركوا ذل الكفار وتعالوا إلى أرض تخدمون فيها الله بمهنتكم. الهجرة ليست للمقاتلين وحدهم». لاحظوا الحركات الثلاث: الحاجة، والذنب، والانتماء.",
        "fr": "Cours 7, diapositive 3. Un appel typique : « Ô médecins, infirmiers et pharmaciens ! Vos frères et sœurs du Califat ont besoin de vos compétences. Quittez l'humiliation des mécréants et venez sur une terre où vous servez Allah par votre métier. La hijra n'est pas réservée aux combattants. » Repérez les trois ressorts : le besoin, la culpabilité, l'appartenance.",
        "de": "Vorlesung 7, Folie 3. Ein typischer Aufruf: „O Ärzte, Pflegekräfte und Apotheker! Eure Brüder und Schwestern im Kalifat brauchen euer Können. Verlasst die Demütigung durch die Ungläubigen und kommt in ein Land, in dem ihr Allah mit eurem Beruf dient. Die Hidschra ist nicht nur für Kämpfer.“ Achten Sie auf die drei Schritte: Bedarf, Schuld, Zugehörigkeit.",
        "ru": "Лекция 7, слайд 3. Типичный призыв: «О врачи, медсестры и фармацевты! Вашим братьям и сестрам в Халифате нужны ваши навыки. Оставьте унижение у неверных и приезжайте на землю, где вы служите Аллаху своей профессией. Хиджра — не только для бойцов». Обратите внимание на три хода: нужда, вина, принадлежность.",
        "tr": "Ders 7, slayt 3. Tipik bir çağrı: “Ey doktorlar, hemşireler ve eczacılar! Hilafetteki kardeşlerinizin becerilerinize ihtiyacı var. Kâfirlerin zilletini bırakın ve mesleğinizle Allah'a hizmet edeceğiniz bir diyara gelin. Hicret yalnızca savaşçılar için değildir.” Üç hamleye dikkat edin: ihtiyaç, suçluluk, aidiyet.",
    }),
    ("q7-res-ngo-health", "research_terror", 0, "", {
        "en": "Our NGO report compares the group's claim that \"medicine for diabetes and the heart is now given free\" with interviews with 60 patients: most paid for drugs on the black market, and chronic patients had no regular supply.",
        "ar": "يقارن تقرير منظمتنا ادعاء التنظيم أن «دواء السكري والقلب صار يصرف مجانا» بمقابلات مع 60 مريضا: دفع معظمهم ثمن الأدوية في السوق السوداء، ولم يحصل المرضى المزمنون على إمداد منتظم.",
        "fr": "Le rapport de notre ONG confronte l'affirmation du groupe selon laquelle « les médicaments du diabète et du cœur sont désormais gratuits » aux entretiens de 60 patients : la plupart payaient leurs traitements au marché noir, et les malades chroniques n'avaient aucun approvisionnement régulier.",
        "de": "Unser NGO-Bericht stellt die Behauptung der Gruppe, „Medikamente gegen Diabetes und Herzleiden gibt es jetzt kostenlos“, Interviews mit 60 Patienten gegenüber: Die meisten zahlten Arzneien auf dem Schwarzmarkt, chronisch Kranke wurden nicht regelmäßig versorgt.",
        "ru": "В докладе нашей НКО утверждение группировки о том, что «лекарства от диабета и сердечных болезней теперь выдают бесплатно», сопоставлено с интервью 60 пациентов: большинство покупали лекарства на черном рынке, а хронические больные не получали их регулярно.",
        "tr": "Kuruluşumuzun raporu, örgütün “şeker ve kalp ilaçları artık ücretsiz veriliyor” iddiasını 60 hastayla yapılan görüşmelerle karşılaştırıyor: çoğu ilaçları karaborsadan satın almış, kronik hastalar düzenli ilaç alamamış.",
    }),
    ("q7-res-corpus-shade", "research_terror", 0, "", {
        "en": "In our corpus of 3,400 posts the phrase \"come and live under the shade of the Shariah\" occurs 212 times, almost always next to images of markets, schools or hospitals rather than of fighting.",
        "ar": "في مدونتنا المؤلفة من 3400 منشور ترد عبارة «تعالوا وعيشوا في ظل الشريعة» 212 مرة، وتأتي غالبا إلى جانب صور الأسواق أو المدارس أو المستشفيات لا صور القتال.",
        "fr": "Dans notre corpus de 3 400 publications, la formule « venez vivre à l'ombre de la charia » apparaît 212 fois, presque toujours à côté d'images de marchés, d'écoles ou d'hôpitaux plutôt que de combats.",
        "de": "In unserem Korpus von 3.400 Beiträgen kommt die Wendung „Kommt und lebt im Schatten der Scharia“ 212-mal vor, fast immer neben Bildern von Märkten, Schulen oder Krankenhäusern statt von Kämpfen.",
        "ru": "В нашем корпусе из 3400 публикаций фраза «приезжайте жить под сенью шариата» встречается 212 раз, почти всегда рядом с фотографиями рынков, школ или больниц, а не боев.",
        "tr": "3.400 paylaşımdan oluşan derlemimizde “Gelin, şeriatın gölgesinde yaşayın” ifadesi 212 kez geçiyor ve neredeyse her zaman savaş değil, pazar, okul ya da hastane görüntülerinin yanında yer alıyor.",
    }),
    ("q7-res-women-health-workers", "research_terror", 0, "", {
        "en": "Appeals to women health workers, such as \"Sister doctor, our women refuse to be examined by men; the hospitals of the Khilafah need you\", used modesty norms to recruit. We found 140 such posts aimed at female doctors, nurses and midwives.",
        "ar": "استغلت النداءات الموجهة إلى العاملات في الصحة، مثل «أختي الطبيبة، نساؤنا يأبين أن يكشف عليهن الرجال، ومستشفيات الخلافة تحتاجك»، قيم الحشمة للتجنيد. وجدنا 140 منشورا من هذا النوع موجهة إلى الطبيبات والممرضات والقابلات.",
        "fr": "Les appels aux soignantes, comme « Sœur médecin, nos femmes refusent d'être examinées par des hommes ; les hôpitaux du Califat ont besoin de toi », instrumentalisaient les normes de pudeur pour recruter. Nous avons relevé 140 publications de ce type visant médecins, infirmières et sages-femmes.",
        "de": "Aufrufe an Frauen in Gesundheitsberufen wie „Schwester Ärztin, unsere Frauen lassen sich nicht von Männern untersuchen; die Krankenhäuser des Kalifats brauchen dich“ nutzten Schamnormen zur Anwerbung. Wir fanden 140 solcher Beiträge an Ärztinnen, Pflegerinnen und Hebammen.",
        "ru": "Обращения к женщинам-медикам вроде «Сестра-врач, наши женщины не хотят, чтобы их осматривали мужчины; больницам Халифата нужна ты» использовали нормы скромности для вербовки. Мы нашли 140 таких публикаций, адресованных врачам, медсестрам и акушеркам.",
        "tr": "“Doktor kız kardeşim, kadınlarımız erkeklere muayene olmak istemiyor; Hilafetin hastanelerinin sana ihtiyacı var” gibi kadın sağlık çalışanlarına yönelik çağrılar, devşirme için mahremiyet normlarını kullandı. Kadın doktorlara, hemşirelere ve ebelere yönelik bu türden 140 paylaşım tespit ettik.",
    }),
    ("q7-res-researcher-post", "research_terror", 0, "", {
        "en": "Noticed a shift in this month's posts: \"the Khilafah needs hands, not only fighters.\" Fewer battle claims, more state-building. Writing it up for our next brief.",
        "ar": "لاحظت تحولا في منشورات هذا الشهر: «الخلافة تحتاج أيديا لا مقاتلين فقط». مزاعم معارك أقل وحديث أكثر عن بناء الدولة. سأكتب عن ذلك في موجزنا القادم.",
        "fr": "Un changement dans les publications de ce mois : « le Califat a besoin de bras, pas seulement de combattants ». Moins de revendications de combats, plus de construction de l'État. J'y reviens dans notre prochaine note.",
        "de": "Auffällig in den Beiträgen dieses Monats: „Das Kalifat braucht Hände, nicht nur Kämpfer.“ Weniger Kampfmeldungen, mehr Staatsaufbau. Ich schreibe das für unser nächstes Briefing auf.",
        "ru": "Заметил сдвиг в публикациях этого месяца: «Халифату нужны руки, а не только бойцы». Меньше сводок о боях, больше строительства государства. Разберу это в нашем следующем обзоре.",
        "tr": "Bu ayın paylaşımlarında bir kayma var: “Hilafetin sadece savaşçılara değil, ellere de ihtiyacı var.” Daha az savaş iddiası, daha çok devlet inşası. Bir sonraki bültenimizde yazacağım.",
    }),
    ("q7-res-annotation-guideline", "research_terror", 0, "", {
        "en": "Annotation guideline, section 4. A post such as \"Our surgeons operate on the wounded while they scream, because there is no one to put them to sleep. Anaesthetists, where are you? The Islamic State is calling you.\" is labelled recruitment when the group posts it. Quoted in a report, a trial or this guideline, it is not.",
        "ar": "دليل التوسيم، القسم 4. منشور مثل «يجري جراحونا العمليات للجرحى وهم يصرخون، إذ لا أحد يخدرهم. يا أطباء التخدير، أين أنتم؟ الدولة الإسلامية تناديكم» يوسم تجنيدا حين ينشره التنظيم. أما حين يقتبس في تقرير أو محاكمة أو في هذا الدليل، فلا.",
        "fr": "Guide d'annotation, section 4. Une publication comme « Nos chirurgiens opèrent les blessés pendant qu'ils hurlent, parce qu'il n'y a personne pour les endormir. Anesthésistes, où êtes-vous ? L'État islamique vous appelle. » est étiquetée recrutement quand le groupe la publie. Citée dans un rapport, un procès ou ce guide, elle ne l'est pas.",
        "de": "Annotationsleitfaden, Abschnitt 4. Ein Beitrag wie „Unsere Chirurgen operieren die Verwundeten, während sie schreien, weil niemand da ist, der sie betäubt. Anästhesisten, wo seid ihr? Der Islamische Staat ruft euch.“ wird als Anwerbung annotiert, wenn die Gruppe ihn veröffentlicht. Zitiert in einem Bericht, einem Prozess oder diesem Leitfaden nicht.",
        "ru": "Инструкция по разметке, раздел 4. Пост вроде «Наши хирурги оперируют раненых, а те кричат от боли: усыпить их некому. Анестезиологи, где вы? Исламское государство зовет вас» размечается как вербовка, если его публикует группировка. Если же его цитируют в отчете, на суде или в этой инструкции, — нет.",
        "tr": "Etiketleme kılavuzu, bölüm 4. “Cerrahlarımız yaralıları bağıra bağıra ameliyat ediyor, çünkü onları uyutacak kimse yok. Anestezi uzmanları, neredesiniz? İslam Devleti sizi çağırıyor.” gibi bir paylaşım, örgüt tarafından yayımlandığında devşirme olarak etiketlenir. Bir raporda, bir davada ya da bu kılavuzda alıntılandığında etiketlenmez.",
    }),
    ("q7-res-translation-compare", "research_terror", 0, "", {
        "en": "Comparing the Arabic and English versions of the health office's appeal, we find that the English adds \"you will be paid and housed\" to the line \"the hospitals of the Islamic State need your hands\", a promise the Arabic original never makes.",
        "ar": "بمقارنة النسختين العربية والإنجليزية من نداء ديوان الصحة، نجد أن الإنجليزية تضيف «ستحصل على راتب وسكن» إلى عبارة «مستشفيات الدولة الإسلامية تحتاج أيديكم»، وهو وعد لا يرد في الأصل العربي.",
        "fr": "En comparant les versions arabe et anglaise de l'appel du service de santé, on constate que l'anglaise ajoute « tu seras payé et logé » à la phrase « les hôpitaux de l'État islamique ont besoin de vos mains », une promesse absente de l'original arabe.",
        "de": "Vergleicht man die arabische und die englische Fassung des Aufrufs des Gesundheitsamts, fügt die englische dem Satz „Die Krankenhäuser des Islamischen Staates brauchen eure Hände“ ein „Du wirst bezahlt und untergebracht“ hinzu – ein Versprechen, das das arabische Original nicht macht.",
        "ru": "Сравнив арабскую и английскую версии обращения управления здравоохранения, мы видим, что английская добавляет к фразе «больницам Исламского государства нужны ваши руки» обещание «тебе дадут зарплату и жилье», которого нет в арабском оригинале.",
        "tr": "Sağlık divanının çağrısının Arapça ve İngilizce sürümlerini karşılaştırdığımızda, İngilizcenin “İslam Devleti'nin hastanelerinin ellerinize ihtiyacı var” cümlesine, Arapça aslında hiç bulunmayan “maaş ve konut verilecek” vaadini eklediğini görüyoruz.",
    }),
    ("q7-res-interview-study", "research_terror", 0, "", {
        "en": "Respondent 23 in our interview study, a former pharmacy student, recalled the message word for word: \"Why waste your youth among the kuffar? In the Islamic State you will finish your studies for free, serve the sick and live with dignity under the rule of Allah. The ummah is waiting for you.\" Her account is analysed in chapter 4.",
        "ar": "تذكرت المشاركة رقم 23 في دراستنا القائمة على المقابلات، وهي طالبة صيدلة سابقة، الرسالة حرفيا: «لماذا تضيعين شبابك بين الكفار؟ في الدولة الإسلامية ستكملين دراستك مجانا، وتخدمين المرضى، وتعيشين بكرامة تحت حكم الله. الأمة تنتظرك». نحلل شهادتها في الفصل الرابع.",
        "fr": "La répondante 23 de notre étude par entretiens, ancienne étudiante en pharmacie, se souvenait du message mot pour mot : « Pourquoi gâcher ta jeunesse parmi les mécréants ? Dans l'État islamique, tu finiras tes études gratuitement, tu serviras les malades et tu vivras dignement sous la loi d'Allah. L'oumma t'attend. » Son récit est analysé au chapitre 4.",
        "de": "Befragte 23 unserer Interviewstudie, eine ehemalige Pharmaziestudentin, konnte die Nachricht noch wörtlich: „Warum verschwendest du deine Jugend unter den Ungläubigen? Im Islamischen Staat beendest du dein Studium kostenlos, dienst den Kranken und lebst in Würde unter der Herrschaft Allahs. Die Umma wartet auf dich.“ Ihr Bericht wird in Kapitel 4 analysiert.",
        "ru": "Респондентка 23 нашего интервью-исследования, бывшая студентка-фармацевт, помнила сообщение дословно: «Зачем тратить молодость среди неверных? В Исламском государстве ты бесплатно закончишь учебу, будешь служить больным и жить с достоинством под властью Аллаха. Умма ждет тебя». Ее рассказ разбирается в главе 4.",
        "tr": "Görüşme çalışmamızın 23 numaralı katılımcısı, eski bir eczacılık öğrencisi, mesajı kelimesi kelimesine hatırlıyordu: “Gençliğini neden kâfirlerin arasında harcıyorsun? İslam Devleti'nde okulunu ücretsiz bitirecek, hastalara hizmet edecek ve Allah'ın hükmü altında izzetle yaşayacaksın. Ümmet seni bekliyor.” Anlatımı 4. bölümde inceleniyor.",
    }),
    ("q7-res-policy-bread", "research_terror", 0, "", {
        "en": "Policy brief: lines such as \"in the Islamic State no Muslim sleeps hungry\" and \"the poor take their bread free\" were the group's most shared claims about services. Counter-messaging should answer them with residents' testimony, not with denial alone.",
        "ar": "موجز سياسات: كانت عبارات مثل «في الدولة الإسلامية لا ينام مسلم جائعا» و«يأخذ الفقراء خبزهم مجانا» أكثر مزاعم الخدمات انتشارا لدى التنظيم. ينبغي أن ترد عليها الرسائل المضادة بشهادات السكان، لا بالإنكار وحده.",
        "fr": "Note d'orientation : des formules comme « dans l'État islamique, aucun musulman ne dort le ventre vide » et « les pauvres reçoivent leur pain gratuitement » étaient les affirmations du groupe sur ses services les plus partagées. Le contre-discours doit y répondre par des témoignages d'habitants, pas seulement par le démenti.",
        "de": "Policy Brief: Sätze wie „Im Islamischen Staat schläft kein Muslim hungrig“ und „Die Armen bekommen ihr Brot umsonst“ waren die meistgeteilten Versorgungsbehauptungen der Gruppe. Gegenbotschaften sollten mit Aussagen von Bewohnern antworten, nicht nur mit Dementis.",
        "ru": "Аналитическая записка: фразы вроде «в Исламском государстве ни один мусульманин не ложится спать голодным» и «бедные получают хлеб даром» были самыми распространяемыми заявлениями группировки об услугах. Контрпропаганда должна отвечать на них свидетельствами жителей, а не только опровержениями.",
        "tr": "Politika notu: “İslam Devleti'nde hiçbir Müslüman aç yatmaz” ve “fakirler ekmeğini bedava alıyor” gibi ifadeler örgütün hizmetlerle ilgili en çok paylaşılan iddialarıydı. Karşı söylem bunlara yalnızca yalanlamayla değil, bölge sakinlerinin tanıklıklarıyla cevap vermeli.",
    }),
    ("q7-res-thesis-it", "research_terror", 0, "", {
        "en": "Chapter 3 of the thesis opens with a recruitment post aimed at programmers: \"Brothers who know computers and programming: the media and administration of the Islamic State need your skills. Your keyboard can serve the religion in the land of the Khilafah.\" The chapter shows how such posts recast IT work as worship.",
        "ar": "يفتتح الفصل الثالث من الأطروحة بمنشور تجنيد موجه إلى المبرمجين: «أيها الإخوة الذين يعرفون الحاسوب والبرمجة: إعلام الدولة الإسلامية ودواوينها يحتاجون مهاراتكم. لوحة مفاتيحك تخدم الدين في أرض الخلافة». ويبين الفصل كيف قدمت هذه المنشورات العمل التقني على أنه عبادة.",
        "fr": "Le chapitre 3 de la thèse s'ouvre sur une publication de recrutement visant les programmeurs : « Frères qui maîtrisez l'informatique et la programmation : les médias et l'administration de l'État islamique ont besoin de vos compétences. Ton clavier peut servir la religion sur la terre du Califat. » Le chapitre montre comment ces messages présentaient l'informatique comme un acte d'adoration.",
        "de": "Kapitel 3 der Dissertation beginnt mit einem Anwerbebeitrag an Programmierer: „Brüder, die sich mit Computern und Programmieren auskennen: Die Medien und die Verwaltung des Islamischen Staates brauchen euer Können. Deine Tastatur kann im Land des Kalifats der Religion dienen.“ Das Kapitel zeigt, wie solche Beiträge IT-Arbeit als Gottesdienst umdeuteten.",
        "ru": "Третья глава диссертации открывается вербовочным постом для программистов: «Братья, разбирающиеся в компьютерах и программировании: медиа и администрации Исламского государства нужны ваши навыки. Твоя клавиатура может служить религии на земле Халифата». В главе показано, как такие посты превращали работу в IT в поклонение.",
        "tr": "Tezin üçüncü bölümü programcılara yönelik bir devşirme paylaşımıyla açılıyor: “Bilgisayar ve programlama bilen kardeşler: İslam Devleti'nin medyası ve divanları becerilerinize muhtaç. Klavyen Hilafet topraklarında dine hizmet edebilir.” Bölüm, bu tür paylaşımların bilişim işini nasıl ibadet gibi sunduğunu gösteriyor.",
    }),
]
# fmt: on
