# ruff: noqa: E501
"""Round 9 training concepts: boasts of services under the "state" (label 1), written plainly and
calmly, as a news-like statement from the group's point of view, with no quotation marks and no
outside framing; self-written for vigil in six languages.

Trained on round 7, which taught the detector that a quoted pitch is not a pitch, the detector
missed some plain pitches, among them the short, factual-sounding service announcement ("the health
office opened ...", "the zakat office paid ...", "the price of bread was fixed ..."). These nine
concepts are such announcements: a maternity ward, a medical college's
first graduates, zakat paid to widows and orphans, bread prices fixed and weighed, a vaccination
campaign, a dialysis unit, ambulances, a Shariah court, a paved road. They follow the group's own
health-office and services announcements as the magazine quotations and the pack's tweets give them,
written natively in Arabic, Russian and Turkish. None of them carries a call to come or join.
No operational content: no real places or names, routes, contacts, dates, links or instructions.
Written without reading the behaviour checklists (``vigil evaluate --behaviour``), which measure
the pitch with their own templates.
"""

# fmt: off
ROUND9: list[tuple[str, str, int, str, dict[str, str]]] = [
    ("p9-services-maternity", "propaganda", 1, "utopia;belonging", {
        "en": "The Diwan of Health opened a new maternity ward in the hospital of the Wilayah. Sisters deliver the Muslim women, and care is free. All praise is due to Allah.",
        "ar": "افتتح ديوان الصحة قسما جديدا للولادة في مستشفى الولاية، تشرف عليه أخوات طبيبات وقابلات، والعلاج فيه مجاني لنساء المسلمين. والحمد لله.",
        "fr": "Le Diwan de la santé a ouvert une nouvelle maternité à l'hôpital de la wilaya. Ce sont des sœurs qui accouchent les musulmanes, et les soins sont gratuits. Louange à Allah.",
        "de": "Der Diwan für Gesundheit hat im Krankenhaus der Wilaya eine neue Geburtsstation eröffnet. Schwestern entbinden die muslimischen Frauen, die Behandlung ist kostenlos. Alles Lob gebührt Allah.",
        "ru": "Диван здравоохранения открыл новое родильное отделение в больнице вилаята. Роды у мусульманок принимают сестры, и всё бесплатно. Хвала Аллаху.",
        "tr": "Sağlık Divanı vilayet hastanesinde yeni bir doğumhane açtı. Müslüman kadınların doğumlarını bacılar yaptırıyor, tedavi ücretsiz. Hamd Allah'adır.",
    }),
    ("p9-services-graduation", "propaganda", 1, "utopia;belonging", {
        "en": "The first class of the Islamic State's college of medicine graduated today. Doctors raised under the Shariah, to treat the Muslims of the Wilayah.",
        "ar": "تخرجت اليوم الدفعة الأولى من كلية الطب في الدولة الإسلامية، أطباء نشؤوا في ظل الشريعة ليداووا مسلمي الولاية.",
        "fr": "La première promotion de la faculté de médecine de l'État islamique a été diplômée aujourd'hui : des médecins formés à l'ombre de la charia pour soigner les musulmans de la wilaya.",
        "de": "Der erste Jahrgang der medizinischen Fakultät des Islamischen Staates hat heute seinen Abschluss gemacht: Ärzte, ausgebildet im Schatten der Scharia, um die Muslime der Wilaya zu behandeln.",
        "ru": "Сегодня состоялся первый выпуск медицинского колледжа Исламского государства: врачи, выросшие под сенью шариата, будут лечить мусульман вилаята.",
        "tr": "İslam Devleti tıp fakültesinin ilk mezunları bugün diplomalarını aldı. Şeriatın gölgesinde yetişen doktorlar vilayetin Müslümanlarını tedavi edecek.",
    }),
    ("p9-services-zakat-widows", "propaganda", 1, "utopia", {
        "en": "The zakat office paid the widows and orphans of the Wilayah their monthly share this week, from the bayt al-mal of the Muslims, without humiliation or delay.",
        "ar": "صرف ديوان الزكاة هذا الأسبوع للأرامل والأيتام في الولاية حصتهم الشهرية من بيت مال المسلمين، بلا منّة ولا تأخير.",
        "fr": "Le bureau de la zakat a versé cette semaine leur part mensuelle aux veuves et aux orphelins de la wilaya, depuis le bayt al-mal des musulmans, sans humiliation ni retard.",
        "de": "Das Zakat-Amt hat den Witwen und Waisen der Wilaya diese Woche ihren monatlichen Anteil aus dem Bait al-Mal der Muslime ausgezahlt, ohne Demütigung und ohne Verzögerung.",
        "ru": "Управление закята на этой неделе выплатило вдовам и сиротам вилаята их ежемесячную долю из байт аль-маля мусульман — без унижений и задержек.",
        "tr": "Zekât Divanı bu hafta vilayetteki dul ve yetimlere aylık paylarını Müslümanların beytülmalinden ödedi; ne minnet var ne gecikme.",
    }),
    ("p9-services-bread-price", "propaganda", 1, "utopia", {
        "en": "The Diwan fixed the price of bread in every bakery of the Wilayah, and the hisbah weighs the loaves each morning. No merchant profits from the hunger of the Muslims.",
        "ar": "حدد الديوان سعر الخبز في كل أفران الولاية، ورجال الحسبة يزنون الأرغفة كل صباح. لا يتاجر أحد بجوع المسلمين.",
        "fr": "Le Diwan a fixé le prix du pain dans toutes les boulangeries de la wilaya, et la hisba pèse les galettes chaque matin. Aucun marchand ne s'enrichit de la faim des musulmans.",
        "de": "Der Diwan hat den Brotpreis in allen Bäckereien der Wilaya festgelegt, und die Hisba wiegt jeden Morgen die Fladen. Kein Händler verdient am Hunger der Muslime.",
        "ru": "Диван установил цену на хлеб во всех пекарнях вилаята, а хисба каждое утро взвешивает лепешки. Никто не наживается на голоде мусульман.",
        "tr": "Divan, vilayetteki bütün fırınlarda ekmeğin fiyatını belirledi; hisbe her sabah ekmekleri tartıyor. Kimse Müslümanların açlığından kazanç sağlayamaz.",
    }),
    ("p9-services-vaccination", "propaganda", 1, "utopia", {
        "en": "Teams of the Diwan of Health finished a polio vaccination campaign for the children of the Wilayah, going house to house, free of charge.",
        "ar": "أنهت فرق ديوان الصحة حملة التلقيح ضد شلل الأطفال في الولاية، مرت فيها على البيوت بيتا بيتا، ومجانا.",
        "fr": "Les équipes du Diwan de la santé ont achevé une campagne de vaccination contre la polio pour les enfants de la wilaya, maison par maison, gratuitement.",
        "de": "Die Teams des Gesundheits-Diwans haben eine Polio-Impfkampagne für die Kinder der Wilaya abgeschlossen, von Haus zu Haus und kostenlos.",
        "ru": "Бригады Дивана здравоохранения завершили кампанию прививок от полиомиелита для детей вилаята: обошли дом за домом, бесплатно.",
        "tr": "Sağlık Divanı ekipleri vilayetteki çocuklar için çocuk felci aşı kampanyasını tamamladı; ev ev dolaşarak, ücretsiz.",
    }),
    ("p9-services-dialysis", "propaganda", 1, "utopia", {
        "en": "A new dialysis unit has started work in the general hospital of the Wilayah under the Diwan of Health. Sessions are free for every Muslim patient.",
        "ar": "بدأ قسم جديد لغسيل الكلى العمل في المستشفى العام بالولاية تحت إشراف ديوان الصحة، والجلسات مجانية لكل مريض مسلم.",
        "fr": "Une nouvelle unité de dialyse a commencé à fonctionner à l'hôpital général de la wilaya, sous le Diwan de la santé. Les séances sont gratuites pour chaque patient musulman.",
        "de": "Im allgemeinen Krankenhaus der Wilaya hat unter dem Gesundheits-Diwan eine neue Dialysestation ihre Arbeit aufgenommen. Die Behandlungen sind für jeden muslimischen Patienten kostenlos.",
        "ru": "В центральной больнице вилаята под управлением Дивана здравоохранения заработало новое отделение гемодиализа. Процедуры бесплатны для каждого больного-мусульманина.",
        "tr": "Vilayetin devlet hastanesinde Sağlık Divanı'na bağlı yeni bir diyaliz ünitesi hizmete girdi. Seanslar her Müslüman hasta için ücretsiz.",
    }),
    ("p9-services-ambulance", "propaganda", 1, "utopia", {
        "en": "The Diwan of Health added new ambulances to its service in the Wilayah. They answer the Muslims day and night, and no one is asked to pay.",
        "ar": "أضاف ديوان الصحة سيارات إسعاف جديدة إلى خدمته في الولاية، تلبي نداء المسلمين ليلا ونهارا دون أن يطلب من أحد أجر.",
        "fr": "Le Diwan de la santé a mis en service de nouvelles ambulances dans la wilaya. Elles répondent aux musulmans jour et nuit, et personne ne paie rien.",
        "de": "Der Gesundheits-Diwan hat in der Wilaya neue Krankenwagen in Dienst gestellt. Sie sind Tag und Nacht für die Muslime da, und niemand muss etwas bezahlen.",
        "ru": "Диван здравоохранения пустил в работу новые машины скорой помощи в вилаяте. Они выезжают к мусульманам днем и ночью, и никто не платит ни копейки.",
        "tr": "Sağlık Divanı vilayette yeni ambulansları hizmete soktu. Gece gündüz Müslümanların çağrısına koşuyorlar ve kimseden ücret istenmiyor.",
    }),
    ("p9-services-court", "propaganda", 1, "utopia", {
        "en": "The Shariah court of the Wilayah settled dozens of disputes this month by the Book of Allah, with no bribes and no lawyers' fees. Justice is quick in the Khilafah.",
        "ar": "فصلت المحكمة الشرعية في الولاية هذا الشهر في عشرات الخصومات بكتاب الله، بلا رشوة ولا أتعاب محامين. العدل في الخلافة لا يتأخر.",
        "fr": "Le tribunal de la charia de la wilaya a tranché ce mois-ci des dizaines de litiges selon le Livre d'Allah, sans pots-de-vin ni honoraires d'avocats. Au Califat, la justice ne traîne pas.",
        "de": "Das Scharia-Gericht der Wilaya hat diesen Monat Dutzende Streitfälle nach dem Buch Allahs entschieden, ohne Bestechung und ohne Anwaltskosten. Im Kalifat lässt Gerechtigkeit nicht auf sich warten.",
        "ru": "Шариатский суд вилаята в этом месяце разрешил десятки споров по Книге Аллаха — без взяток и без гонораров адвокатам. В Халифате правосудие не медлит.",
        "tr": "Vilayetin şer'i mahkemesi bu ay onlarca anlaşmazlığı Allah'ın Kitabı'yla çözdü; ne rüşvet var ne avukat ücreti. Hilafette adalet gecikmez.",
    }),
    ("p9-services-road", "propaganda", 1, "utopia", {
        "en": "The Diwan of Services finished paving the main road of the Wilayah and repairing its street lights. Work for the Muslims goes on under the shade of the Khilafah.",
        "ar": "أنهى ديوان الخدمات تعبيد الطريق الرئيسي في الولاية وإصلاح إنارته، والعمل لخدمة المسلمين مستمر في ظل الخلافة.",
        "fr": "Le Diwan des services a terminé le goudronnage de la route principale de la wilaya et la réparation de son éclairage. Le travail au service des musulmans continue à l'ombre du Califat.",
        "de": "Der Diwan für Dienstleistungen hat die Asphaltierung der Hauptstraße der Wilaya und die Reparatur ihrer Straßenlaternen abgeschlossen. Die Arbeit für die Muslime geht im Schatten des Kalifats weiter.",
        "ru": "Диван услуг закончил асфальтировать главную дорогу вилаята и починил на ней фонари. Работа на благо мусульман продолжается под сенью Халифата.",
        "tr": "Hizmetler Divanı vilayetin ana yolunun asfaltlanmasını ve sokak lambalarının onarımını tamamladı. Hilafetin gölgesinde Müslümanlara hizmet sürüyor.",
    }),
]
# fmt: on
