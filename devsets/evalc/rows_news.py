# ruff: noqa: E501
"""Independent held-out news about terrorism (label 0), self-written for vigil; never used for training."""

# fmt: off
ROWS: list[tuple[str, int, str, str, str]] = [
    # (text, label, group, lang, concept)

    # c01: claim of responsibility, headline
    ("Islamic State claims responsibility for market bombing in northern Iraq town", 0, "news_terror", "en", "c01-claim-market-bombing"),
    ("داعش يتبنى تفجير سوق في بلدة شمالي العراق", 0, "news_terror", "ar", "c01-claim-market-bombing"),
    ("Irak : l'EI revendique l'attentat contre un marché dans une ville du nord", 0, "news_terror", "fr", "c01-claim-market-bombing"),
    ("Terrormiliz IS reklamiert Anschlag auf Markt im Nordirak für sich", 0, "news_terror", "de", "c01-claim-market-bombing"),
    ("ИГ взяло на себя ответственность за взрыв на рынке на севере Ирака", 0, "news_terror", "ru", "c01-claim-market-bombing"),
    ("DEAŞ, Irak'ın kuzeyindeki bir pazar yerine düzenlenen bombalı saldırıyı üstlendi", 0, "news_terror", "tr", "c01-claim-market-bombing"),

    # c02: claim via Amaq, one-sentence lede
    ("The Islamic State group claimed an attack on an army checkpoint in eastern Syria that killed four soldiers, in a statement carried by its Amaq news agency, though it provided no evidence.", 0, "news_terror", "en", "c02-amaq-claim-checkpoint"),
    ("تبنى تنظيم الدولة الإسلامية هجوماً على حاجز للجيش في شرق سوريا أسفر عن مقتل أربعة جنود، وذلك في بيان نشرته وكالة أعماق التابعة له، من دون أن يقدم أي دليل.", 0, "news_terror", "ar", "c02-amaq-claim-checkpoint"),
    ("L'organisation État islamique a revendiqué, via son organe de propagande Amaq, l'attaque d'un poste de contrôle de l'armée dans l'est de la Syrie qui a coûté la vie à quatre soldats, sans fournir de preuves.", 0, "news_terror", "fr", "c02-amaq-claim-checkpoint"),
    ("Die Terrormiliz Islamischer Staat (IS) hat über ihr Sprachrohr Amak einen Angriff auf einen Armee-Kontrollpunkt im Osten Syriens mit vier getöteten Soldaten für sich reklamiert, Belege legte sie nicht vor.", 0, "news_terror", "de", "c02-amaq-claim-checkpoint"),
    ("Террористическая группировка «Исламское государство» (запрещена в РФ) через свое агентство «Амак» взяла на себя ответственность за нападение на армейский блокпост на востоке Сирии, в результате которого погибли четверо военных, однако доказательств не привела.", 0, "news_terror", "ru", "c02-amaq-claim-checkpoint"),
    ("DEAŞ, Suriye'nin doğusunda dört askerin hayatını kaybettiği ordu kontrol noktasına yönelik saldırıyı Amak haber ajansı üzerinden üstlendi, ancak herhangi bir kanıt sunmadı.", 0, "news_terror", "tr", "c02-amaq-claim-checkpoint"),

    # c03: ISKP claim on Telegram, three sentences with agency dateline
    ("KABUL, Afghanistan (AP) - The Islamic State group's Afghan affiliate claimed responsibility Tuesday for a bombing that killed at least nine people at a bus station in western Kabul. In a statement posted on Telegram, the group known as IS-Khorasan said it had targeted \"members of the Taliban government,\" a claim that could not be independently verified. A Taliban police spokesman said an investigation was underway.", 0, "news_terror", "en", "c03-telegram-claim-kabul"),
    ("كابول (أ ب) - أعلن فرع تنظيم داعش في أفغانستان، المعروف باسم «ولاية خراسان»، مسؤوليته الثلاثاء عن تفجير أسفر عن مقتل تسعة أشخاص على الأقل في محطة للحافلات غربي كابول. وقال التنظيم في بيان نشر على تطبيق تلغرام إنه استهدف «عناصر من حكومة طالبان»، وهو ما لم يتسن التحقق منه من مصدر مستقل. وقال متحدث باسم شرطة طالبان إن التحقيقات جارية.", 0, "news_terror", "ar", "c03-telegram-claim-kabul"),
    ("KABOUL (AP) - La branche afghane de l'organisation État islamique, l'EI-K, a revendiqué mardi l'attentat qui a fait au moins neuf morts dans une gare routière de l'ouest de Kaboul. Dans un communiqué diffusé sur Telegram, le groupe affirme avoir visé « des membres du gouvernement taliban », une affirmation invérifiable de source indépendante. Un porte-parole de la police talibane a indiqué qu'une enquête était en cours.", 0, "news_terror", "fr", "c03-telegram-claim-kabul"),
    ("Kabul (AP) - Der afghanische Ableger der Terrormiliz IS hat sich zu einem Anschlag mit mindestens neun Toten an einem Busbahnhof im Westen Kabuls bekannt. In einer auf Telegram verbreiteten Erklärung gab die als IS-Khorasan bekannte Gruppe an, sie habe „Mitglieder der Taliban-Regierung“ treffen wollen; unabhängig überprüfen ließ sich das nicht. Ein Sprecher der Taliban-Polizei sagte, die Ermittlungen liefen.", 0, "news_terror", "de", "c03-telegram-claim-kabul"),
    ("КАБУЛ, 12 марта. /AP/. Афганское отделение ИГ (запрещено в РФ) во вторник взяло на себя ответственность за взрыв на автовокзале на западе Кабула, жертвами которого стали по меньшей мере девять человек. В заявлении, распространенном в Telegram, группировка «Вилаят Хорасан» утверждает, что ее целью были «сотрудники правительства талибов»; независимо проверить эти сведения не удалось. Представитель полиции талибов сообщил, что ведется расследование.", 0, "news_terror", "ru", "c03-telegram-claim-kabul"),
    ("KABİL (AP) - DEAŞ'ın Afganistan kolu, Kabil'in batısındaki bir otobüs terminalinde en az dokuz kişinin ölümüne yol açan bombalı saldırıyı salı günü üstlendi. Horasan Vilayeti olarak bilinen grup, Telegram'da yayımladığı açıklamada \"Taliban hükümeti mensuplarını\" hedef aldığını öne sürdü; iddia bağımsız kaynaklarca doğrulanamadı. Taliban polis sözcüsü, soruşturmanın sürdüğünü söyledi.", 0, "news_terror", "tr", "c03-telegram-claim-kabul"),

    # c04: battlefield, headline (Title Case in en)
    ("Iraqi Forces Retake Village From IS Militants in Kirkuk Province", 0, "news_terror", "en", "c04-village-retaken"),
    ("القوات العراقية تستعيد السيطرة على قرية من مسلحي داعش في محافظة كركوك", 0, "news_terror", "ar", "c04-village-retaken"),
    ("Irak : les forces de sécurité reprennent un village aux jihadistes de l'EI près de Kirkouk", 0, "news_terror", "fr", "c04-village-retaken"),
    ("Irakische Truppen erobern Dorf in Provinz Kirkuk vom IS zurück", 0, "news_terror", "de", "c04-village-retaken"),
    ("Иракские силы отбили у боевиков ИГ деревню в провинции Киркук", 0, "news_terror", "ru", "c04-village-retaken"),
    ("Irak güçleri Kerkük'te bir köyü DEAŞ'lı teröristlerden geri aldı", 0, "news_terror", "tr", "c04-village-retaken"),

    # c05: airstrikes kill commanders, one-sentence lede with agency tag
    ("Airstrikes by the U.S.-led coalition killed two senior Islamic State commanders in northeastern Syria, including the man in charge of the group's activities in the region, the coalition said on Wednesday - Reuters", 0, "news_terror", "en", "c05-airstrike-commanders"),
    ("قال التحالف الدولي بقيادة الولايات المتحدة الأربعاء إن غارات جوية شنها في شمال شرق سوريا أسفرت عن مقتل قياديين بارزين في تنظيم الدولة الإسلامية، أحدهما مسؤول عن نشاط التنظيم في المنطقة - رويترز", 0, "news_terror", "ar", "c05-airstrike-commanders"),
    ("Deux hauts responsables de l'EI, dont le chef du groupe pour la région, ont été tués dans des frappes aériennes de la coalition internationale menée par les États-Unis dans le nord-est de la Syrie, a annoncé mercredi la coalition - Reuters", 0, "news_terror", "fr", "c05-airstrike-commanders"),
    ("Bei Luftangriffen der US-geführten Koalition im Nordosten Syriens sind nach deren Angaben vom Mittwoch zwei ranghohe Anführer der Terrormiliz IS getötet worden, darunter der für die Region zuständige Kommandeur - Reuters", 0, "news_terror", "de", "c05-airstrike-commanders"),
    ("В результате авиаударов возглавляемой США коалиции на северо-востоке Сирии ликвидированы два высокопоставленных командира ИГИЛ (запрещено в РФ), в том числе руководитель группировки в регионе, сообщила в среду коалиция - Reuters", 0, "news_terror", "ru", "c05-airstrike-commanders"),
    ("ABD öncülüğündeki koalisyon, Suriye'nin kuzeydoğusunda düzenlenen hava saldırılarında aralarında örgütün bölge sorumlusunun da bulunduğu iki üst düzey DEAŞ yöneticisinin öldürüldüğünü çarşamba günü açıkladı - Reuters", 0, "news_terror", "tr", "c05-airstrike-commanders"),

    # c06: ISWAP attack in Borno, one-sentence lede with dateline
    ("MAIDUGURI, Nigeria (Reuters) - Fighters from Islamic State West Africa Province (ISWAP) attacked a military base in Nigeria's northeastern Borno state overnight, killing at least seven soldiers, two security sources said on Friday.", 0, "news_terror", "en", "c06-iswap-borno-base"),
    ("مايدوغوري (نيجيريا) (رويترز) - قال مصدران أمنيان الجمعة إن مسلحين من تنظيم «ولاية غرب أفريقيا» التابع لداعش هاجموا ليلاً قاعدة عسكرية في ولاية بورنو بشمال شرق نيجيريا، ما أسفر عن مقتل سبعة جنود على الأقل.", 0, "news_terror", "ar", "c06-iswap-borno-base"),
    ("MAIDUGURI (Nigeria) (Reuters) - Des combattants de l'État islamique en Afrique de l'Ouest (Iswap) ont attaqué dans la nuit une base militaire dans l'État de Borno, dans le nord-est du Nigeria, tuant au moins sept soldats, ont rapporté vendredi deux sources sécuritaires.", 0, "news_terror", "fr", "c06-iswap-borno-base"),
    ("MAIDUGURI (Reuters) - Kämpfer des westafrikanischen IS-Ablegers ISWAP haben in der Nacht einen Militärstützpunkt im nordostnigerianischen Bundesstaat Borno angegriffen und dabei mindestens sieben Soldaten getötet, wie am Freitag aus Sicherheitskreisen verlautete.", 0, "news_terror", "de", "c06-iswap-borno-base"),
    ("МАЙДУГУРИ, 14 июня (Рейтер) - Боевики «Провинции Западная Африка» (ISWAP), отделения запрещенного в РФ ИГ, ночью атаковали военную базу в штате Борно на северо-востоке Нигерии, убив не менее семи военнослужащих, сообщили в пятницу два источника в силовых структурах.", 0, "news_terror", "ru", "c06-iswap-borno-base"),
    ("MAIDUGURI (Reuters) - DEAŞ'ın Batı Afrika kolu ISWAP'a bağlı militanlar, Nijerya'nın kuzeydoğusundaki Borno eyaletinde bir askeri üsse gece saatlerinde saldırı düzenledi; iki güvenlik kaynağının cuma günü verdiği bilgiye göre saldırıda en az yedi asker hayatını kaybetti.", 0, "news_terror", "tr", "c06-iswap-borno-base"),

    # c07: Sahel affiliate, UPDATE headline
    ("UPDATE: Islamic State Sahel fighters kill 15 soldiers in western Niger, army says", 0, "news_terror", "en", "c07-sahel-niger-soldiers"),
    ("تحديث: الجيش النيجري يعلن مقتل 15 جندياً في هجوم لتنظيم داعش في الساحل غربي البلاد", 0, "news_terror", "ar", "c07-sahel-niger-soldiers"),
    ("ACTUALISÉ - Niger : 15 soldats tués dans une attaque de l'EI au Sahel dans l'ouest du pays, selon l'armée", 0, "news_terror", "fr", "c07-sahel-niger-soldiers"),
    ("UPDATE: IS-Kämpfer töten im Westen Nigers 15 Soldaten - Armee", 0, "news_terror", "de", "c07-sahel-niger-soldiers"),
    ("ОБНОВЛЕНО: Боевики «Провинции Сахель» ИГ убили 15 военных на западе Нигера, заявила армия", 0, "news_terror", "ru", "c07-sahel-niger-soldiers"),
    ("GÜNCELLEME - Nijer'in batısında DEAŞ'ın Sahel kolunun saldırısında 15 asker öldü", 0, "news_terror", "tr", "c07-sahel-niger-soldiers"),

    # c08: Mozambique insurgency, two to three sentences
    ("Insurgents linked to the Islamic State attacked two villages in Mozambique's northern Cabo Delgado province at the weekend, forcing hundreds of families to flee, local officials and aid groups said. The group later claimed the raids, saying its fighters had burned \"dozens of houses.\" Rwandan and Mozambican troops have been deployed in the gas-rich province since 2021.", 0, "news_terror", "en", "c08-mozambique-villages"),
    ("هاجم متمردون مرتبطون بتنظيم الدولة الإسلامية قريتين في إقليم كابو ديلغادو شمالي موزمبيق خلال عطلة نهاية الأسبوع، ما أجبر مئات العائلات على الفرار، بحسب مسؤولين محليين ومنظمات إغاثة. وتبنى التنظيم الهجومين لاحقاً، قائلاً إن مقاتليه أحرقوا «عشرات المنازل». وتنتشر قوات رواندية وموزمبيقية في الإقليم الغني بالغاز منذ عام 2021.", 0, "news_terror", "ar", "c08-mozambique-villages"),
    ("Des insurgés liés à l'organisation État islamique ont attaqué ce week-end deux villages de la province de Cabo Delgado, dans le nord du Mozambique, poussant des centaines de familles à fuir, selon des responsables locaux et des ONG. Le groupe a ensuite revendiqué ces raids, affirmant avoir incendié « des dizaines de maisons ». Des troupes rwandaises et mozambicaines sont déployées depuis 2021 dans cette province riche en gaz.", 0, "news_terror", "fr", "c08-mozambique-villages"),
    ("Mit der Terrormiliz IS verbundene Aufständische haben am Wochenende zwei Dörfer in der nordmosambikanischen Provinz Cabo Delgado überfallen und Hunderte Familien in die Flucht getrieben. Das berichteten örtliche Behörden und Hilfsorganisationen. Der IS reklamierte die Angriffe später für sich und erklärte, seine Kämpfer hätten „Dutzende Häuser“ niedergebrannt.", 0, "news_terror", "de", "c08-mozambique-villages"),
    ("Связанные с ИГ (запрещено в РФ) боевики в выходные напали на две деревни в провинции Кабу-Делгаду на севере Мозамбика, вынудив сотни семей покинуть дома, сообщили местные власти и гуманитарные организации. Позднее группировка взяла ответственность за нападения на себя, заявив, что ее боевики сожгли «десятки домов». Руандийские и мозамбикские войска находятся в богатой газом провинции с 2021 года.", 0, "news_terror", "ru", "c08-mozambique-villages"),
    ("DEAŞ bağlantılı militanlar hafta sonu Mozambik'in kuzeyindeki Cabo Delgado eyaletinde iki köye saldırdı; yerel yetkililer ve yardım kuruluşlarına göre yüzlerce aile bölgeden kaçmak zorunda kaldı. Örgüt daha sonra saldırıları üstlenerek \"onlarca evi\" ateşe verdiğini iddia etti. Doğal gaz zengini eyalette 2021'den bu yana Ruanda ve Mozambik askerleri konuşlu bulunuyor.", 0, "news_terror", "tr", "c08-mozambique-villages"),

    # c09: Sinai affiliate, headline
    ("Egypt's army says 7 militants from IS Sinai affiliate killed in raid", 0, "news_terror", "en", "c09-sinai-raid"),
    ("الجيش المصري يعلن مقتل 7 مسلحين من «ولاية سيناء» التابعة لداعش في عملية مداهمة", 0, "news_terror", "ar", "c09-sinai-raid"),
    ("Égypte : sept jihadistes de la branche de l'EI dans le Sinaï tués lors d'un raid, selon l'armée", 0, "news_terror", "fr", "c09-sinai-raid"),
    ("Ägyptens Armee: Sieben Kämpfer des IS-Ablegers im Sinai bei Razzia getötet", 0, "news_terror", "de", "c09-sinai-raid"),
    ("Армия Египта сообщила о ликвидации семи боевиков синайского отделения ИГ", 0, "news_terror", "ru", "c09-sinai-raid"),
    ("Mısır ordusu: Sina'da DEAŞ bağlantılı 7 militan operasyonda öldürüldü", 0, "news_terror", "tr", "c09-sinai-raid"),

    # c10: Philippines, headline with outlet hashtag
    ("Philippine troops clash with IS-linked militants in Lanao del Sur; 3 soldiers killed #Mindanao", 0, "news_terror", "en", "c10-philippines-clash"),
    ("مقتل 3 جنود فلبينيين في اشتباكات مع مسلحين موالين لداعش في لاناو ديل سور #الفلبين", 0, "news_terror", "ar", "c10-philippines-clash"),
    ("Philippines : trois soldats tués dans des affrontements avec des jihadistes liés à l'EI à Mindanao #Philippines", 0, "news_terror", "fr", "c10-philippines-clash"),
    ("Philippinen: Drei Soldaten bei Gefechten mit IS-nahen Extremisten auf Mindanao getötet #Philippinen", 0, "news_terror", "de", "c10-philippines-clash"),
    ("На Филиппинах трое военных погибли в боях с боевиками, связанными с ИГ #Филиппины", 0, "news_terror", "ru", "c10-philippines-clash"),
    ("Filipinler'de DEAŞ bağlantılı militanlarla çıkan çatışmada 3 asker öldü #Filipinler", 0, "news_terror", "tr", "c10-philippines-clash"),

    # c11: spokesman audio message as reported, one-sentence lede with quote
    ("The Islamic State's spokesman urged supporters to carry out attacks in the West and described the group's setbacks as \"a test,\" according to a 33-minute audio message that analysts said appeared to be authentic.", 0, "news_terror", "en", "c11-spokesman-audio"),
    ("دعا المتحدث باسم تنظيم داعش أنصار التنظيم إلى شن هجمات في الدول الغربية، واصفاً الخسائر التي مني بها التنظيم بأنها «اختبار»، وذلك في تسجيل صوتي مدته 33 دقيقة قال محللون إنه يبدو أصلياً.", 0, "news_terror", "ar", "c11-spokesman-audio"),
    ("Le porte-parole de l'EI a appelé ses partisans à commettre des attentats en Occident et qualifié les revers du groupe d'« épreuve », selon un message audio de 33 minutes jugé authentique par des analystes.", 0, "news_terror", "fr", "c11-spokesman-audio"),
    ("Der Sprecher der Terrormiliz IS hat in einer 33-minütigen Audiobotschaft, die Experten für echt halten, Anhänger zu Anschlägen im Westen aufgerufen und die Rückschläge der Gruppe als „Prüfung“ bezeichnet.", 0, "news_terror", "de", "c11-spokesman-audio"),
    ("Официальный представитель ИГ (запрещено в РФ) призвал сторонников к терактам на Западе, назвав неудачи группировки «испытанием», говорится в 33-минутном аудиообращении, которое аналитики считают подлинным.", 0, "news_terror", "ru", "c11-spokesman-audio"),
    ("DEAŞ sözcüsü, analistlerin gerçek olduğunu değerlendirdiği 33 dakikalık ses kaydında destekçilerini Batı'da saldırı düzenlemeye çağırdı ve örgütün yaşadığı kayıpları bir \"sınav\" olarak nitelendirdi.", 0, "news_terror", "tr", "c11-spokesman-audio"),

    # c12: threat video as reported, two sentences
    ("Intelligence services are examining a new Islamic State video threatening attacks in Europe during the holiday season, officials said on Monday. In the four-minute clip, released by a pro-IS media outlet, masked men say \"you will not feel safe,\" but officials said there was no sign of a specific plot.", 0, "news_terror", "en", "c12-video-threat-europe"),
    ("قال مسؤولون الاثنين إن أجهزة الاستخبارات تدرس تسجيلاً مصوراً جديداً لتنظيم الدولة الإسلامية يهدد بشن هجمات في أوروبا خلال موسم الأعياد. ويظهر في المقطع، الذي تبلغ مدته أربع دقائق ونشرته منصة إعلامية موالية للتنظيم، رجال ملثمون يقولون «لن تشعروا بالأمان»، لكن المسؤولين أكدوا عدم وجود مؤشرات على مخطط محدد.", 0, "news_terror", "ar", "c12-video-threat-europe"),
    ("Les services de renseignement examinent une nouvelle vidéo de l'EI menaçant l'Europe d'attentats pendant les fêtes de fin d'année, ont indiqué lundi des responsables. Dans ce clip de quatre minutes diffusé par un média pro-EI, des hommes masqués affirment « vous ne serez pas en sécurité », mais aucun projet précis n'a été identifié à ce stade, selon ces sources.", 0, "news_terror", "fr", "c12-video-threat-europe"),
    ("Sicherheitsbehörden prüfen ein neues Video der Terrormiliz IS, in dem mit Anschlägen in Europa während der Feiertage gedroht wird, wie Behördenvertreter am Montag mitteilten. In dem vierminütigen Clip, den ein IS-nahes Medienportal verbreitete, sagen vermummte Männer: „Ihr werdet euch nicht sicher fühlen.“ Hinweise auf konkrete Anschlagspläne gebe es bislang nicht, hieß es.", 0, "news_terror", "de", "c12-video-threat-europe"),
    ("Спецслужбы изучают новое видео ИГИЛ (запрещено в РФ) с угрозами терактов в Европе в период праздников, сообщили в понедельник официальные лица. В четырехминутном ролике, распространенном близким к группировке медиаресурсом, люди в масках заявляют: «Вы не будете в безопасности», однако, по словам чиновников, признаков конкретного заговора не выявлено.", 0, "news_terror", "ru", "c12-video-threat-europe"),
    ("Avrupa'da tatil döneminde saldırı tehdidinde bulunan yeni bir DEAŞ videosunun istihbarat servislerince incelendiği pazartesi günü açıklandı. Örgüte yakın bir medya kanalının yaydığı dört dakikalık görüntülerde maskeli kişiler \"Kendinizi güvende hissetmeyeceksiniz\" derken, yetkililer somut bir saldırı planına dair bir işaret bulunmadığını belirtti.", 0, "news_terror", "tr", "c12-video-threat-europe"),

    # c13: arrests, headline (Title Case in en)
    ("German Police Arrest Three Suspected IS Supporters Over Alleged Attack Plot", 0, "news_terror", "en", "c13-arrest-germany"),
    ("الشرطة الألمانية تعتقل ثلاثة يشتبه في تأييدهم لداعش بتهمة التخطيط لهجوم", 0, "news_terror", "ar", "c13-arrest-germany"),
    ("Allemagne : trois partisans présumés de l'EI interpellés, soupçonnés de préparer un attentat", 0, "news_terror", "fr", "c13-arrest-germany"),
    ("Mutmaßliche IS-Anhänger festgenommen: Drei Männer sollen Anschlag geplant haben", 0, "news_terror", "de", "c13-arrest-germany"),
    ("В Германии задержаны трое предполагаемых сторонников ИГ по подозрению в подготовке теракта", 0, "news_terror", "ru", "c13-arrest-germany"),
    ("Almanya'da saldırı hazırlığında oldukları iddia edilen 3 DEAŞ şüphelisi gözaltına alındı", 0, "news_terror", "tr", "c13-arrest-germany"),

    # c14: trial and sentence, headline
    ("Paris court jails man for 12 years for joining Islamic State in Syria", 0, "news_terror", "en", "c14-sentence-paris"),
    ("محكمة في باريس تقضي بسجن رجل 12 عاماً بتهمة الانضمام إلى داعش في سوريا", 0, "news_terror", "ar", "c14-sentence-paris"),
    ("Parti rejoindre l'EI en Syrie, un homme condamné à 12 ans de prison à Paris", 0, "news_terror", "fr", "c14-sentence-paris"),
    ("Pariser Gericht verurteilt IS-Rückkehrer zu zwölf Jahren Haft", 0, "news_terror", "de", "c14-sentence-paris"),
    ("Парижский суд приговорил мужчину к 12 годам за участие в ИГ в Сирии", 0, "news_terror", "ru", "c14-sentence-paris"),
    ("Paris'te Suriye'de DEAŞ'a katılan bir kişiye 12 yıl hapis cezası", 0, "news_terror", "tr", "c14-sentence-paris"),

    # c15: repatriation from camp, one-sentence lede
    ("Belgium has repatriated six women and 14 children from a camp in northeastern Syria holding relatives of Islamic State fighters, the federal prosecutor's office said on Thursday, adding that the women would be questioned by investigators.", 0, "news_terror", "en", "c15-repatriation-camp"),
    ("أعادت بلجيكا ست نساء و14 طفلاً من مخيم في شمال شرق سوريا يؤوي عائلات مقاتلين في تنظيم الدولة الإسلامية، بحسب ما أعلنت النيابة الفيدرالية الخميس، مضيفة أن النساء سيخضعن للاستجواب.", 0, "news_terror", "ar", "c15-repatriation-camp"),
    ("La Belgique a rapatrié six femmes et 14 enfants d'un camp du nord-est de la Syrie où sont retenus des proches de combattants de l'EI, a annoncé jeudi le parquet fédéral, précisant que les femmes seront entendues par les enquêteurs.", 0, "news_terror", "fr", "c15-repatriation-camp"),
    ("Belgien hat sechs Frauen und 14 Kinder aus einem Lager im Nordosten Syriens zurückgeholt, in dem Angehörige von IS-Kämpfern festgehalten werden; die Frauen würden nun von Ermittlern vernommen, teilte die Bundesstaatsanwaltschaft am Donnerstag mit.", 0, "news_terror", "de", "c15-repatriation-camp"),
    ("Бельгия вернула на родину шесть женщин и 14 детей из лагеря на северо-востоке Сирии, где содержатся родственники боевиков ИГ (запрещено в РФ), сообщила в четверг федеральная прокуратура, уточнив, что женщин допросят следователи.", 0, "news_terror", "ru", "c15-repatriation-camp"),
    ("Belçika, Suriye'nin kuzeydoğusunda DEAŞ militanlarının yakınlarının tutulduğu bir kamptan altı kadın ve 14 çocuğu ülkeye geri getirdi; federal savcılık perşembe günü yaptığı açıklamada kadınların ifadesine başvurulacağını bildirdi.", 0, "news_terror", "tr", "c15-repatriation-camp"),

    # c16: sanctions, headline (Title Case in en)
    ("US Treasury Sanctions Four Alleged Financiers of Islamic State Affiliates in Africa", 0, "news_terror", "en", "c16-sanctions-financiers"),
    ("الخزانة الأمريكية تفرض عقوبات على أربعة أشخاص بتهمة تمويل فروع داعش في أفريقيا", 0, "news_terror", "ar", "c16-sanctions-financiers"),
    ("Washington sanctionne quatre financiers présumés de branches africaines de l'EI", 0, "news_terror", "fr", "c16-sanctions-financiers"),
    ("USA verhängen Sanktionen gegen mutmaßliche IS-Finanziers in Afrika", 0, "news_terror", "de", "c16-sanctions-financiers"),
    ("Минфин США ввел санкции против четырех предполагаемых финансистов африканских филиалов ИГ", 0, "news_terror", "ru", "c16-sanctions-financiers"),
    ("ABD Hazinesi, Afrika'daki DEAŞ kollarını finanse ettiği iddia edilen 4 kişiye yaptırım uyguladı", 0, "news_terror", "tr", "c16-sanctions-financiers"),

    # c17: propaganda takedown, one-sentence lede with hashtag
    ("A Europol-coordinated operation took down more than 9,000 accounts and links spreading Islamic State propaganda across 14 online platforms, the EU police agency said on Friday. #Europol", 0, "news_terror", "en", "c17-europol-takedown"),
    ("أعلنت وكالة الشرطة الأوروبية (يوروبول) الجمعة أن عملية نسقتها أدت إلى حذف أكثر من تسعة آلاف حساب ورابط تروج لدعاية تنظيم داعش على 14 منصة إلكترونية. #يوروبول", 0, "news_terror", "ar", "c17-europol-takedown"),
    ("Une opération coordonnée par Europol a permis de supprimer plus de 9 000 comptes et liens diffusant la propagande de l'EI sur 14 plateformes en ligne, a annoncé vendredi l'agence européenne de police. #Europol", 0, "news_terror", "fr", "c17-europol-takedown"),
    ("Bei einer von Europol koordinierten Aktion sind mehr als 9000 Konten und Links mit Propaganda der Terrormiliz IS auf 14 Online-Plattformen gelöscht worden, wie die EU-Polizeibehörde am Freitag mitteilte. #Europol", 0, "news_terror", "de", "c17-europol-takedown"),
    ("В ходе операции, скоординированной Европолом, удалено более 9 тысяч аккаунтов и ссылок с пропагандой ИГ (запрещено в РФ) на 14 онлайн-платформах, сообщило в пятницу полицейское агентство ЕС. #Европол", 0, "news_terror", "ru", "c17-europol-takedown"),
    ("AB polis teşkilatı Europol, koordine ettiği operasyonda 14 çevrim içi platformda DEAŞ propagandası yayan 9 binden fazla hesap ve bağlantının kaldırıldığını cuma günü duyurdu. #Europol", 0, "news_terror", "tr", "c17-europol-takedown"),

    # c18: anniversary, LIVE headline
    ("LIVE: Iraq marks anniversary of Mosul's liberation from Islamic State", 0, "news_terror", "en", "c18-mosul-anniversary"),
    ("مباشر: العراق يحيي ذكرى تحرير الموصل من تنظيم داعش", 0, "news_terror", "ar", "c18-mosul-anniversary"),
    ("EN DIRECT - L'Irak commémore l'anniversaire de la libération de Mossoul de l'emprise de Daech", 0, "news_terror", "fr", "c18-mosul-anniversary"),
    ("LIVE: Irak begeht Jahrestag der Befreiung Mossuls vom IS", 0, "news_terror", "de", "c18-mosul-anniversary"),
    ("ОНЛАЙН: Ирак отмечает годовщину освобождения Мосула от ИГИЛ", 0, "news_terror", "ru", "c18-mosul-anniversary"),
    ("CANLI: Irak, Musul'un DEAŞ'tan kurtarılışının yıl dönümünü anıyor", 0, "news_terror", "tr", "c18-mosul-anniversary"),

    # c19: UN monitoring report, one-sentence lede with quote
    ("The Islamic State still has between 2,500 and 3,500 fighters in Iraq and Syria and remains \"resilient\" despite sustained losses, according to a UN monitoring report released on Tuesday.", 0, "news_terror", "en", "c19-un-report-fighters"),
    ("لا يزال تنظيم الدولة يضم ما بين 2500 و3500 مقاتل في العراق وسوريا ويظل «قادراً على الصمود» رغم الخسائر المتواصلة، بحسب تقرير لفريق المراقبة التابع للأمم المتحدة نشر الثلاثاء.", 0, "news_terror", "ar", "c19-un-report-fighters"),
    ("Daech compte encore entre 2 500 et 3 500 combattants en Irak et en Syrie et reste « résilient » malgré des pertes continues, selon un rapport de surveillance de l'ONU publié mardi.", 0, "news_terror", "fr", "c19-un-report-fighters"),
    ("Der IS verfügt im Irak und in Syrien nach einem am Dienstag veröffentlichten UN-Bericht noch über 2500 bis 3500 Kämpfer und bleibt trotz anhaltender Verluste „widerstandsfähig“.", 0, "news_terror", "de", "c19-un-report-fighters"),
    ("Несмотря на постоянные потери, ИГ (запрещено в РФ) по-прежнему располагает 2,5-3,5 тыс. боевиков в Ираке и Сирии и остается «живучим», говорится в опубликованном во вторник докладе мониторинговой группы ООН.", 0, "news_terror", "ru", "c19-un-report-fighters"),
    ("BM izleme ekibinin salı günü yayımlanan raporuna göre DEAŞ, süregelen kayıplara rağmen Irak ve Suriye'de hâlâ 2 bin 500 ile 3 bin 500 arasında militana sahip ve \"dirençliliğini\" koruyor.", 0, "news_terror", "tr", "c19-un-report-fighters"),

    # c20: claim of responsibility, BREAKING headline
    ("BREAKING: IS claims ambush on army bus in Syrian desert that killed 11", 0, "news_terror", "en", "c20-claim-bus-ambush"),
    ("عاجل: داعش يتبنى كميناً استهدف حافلة للجيش في البادية السورية وأودى بحياة 11 عسكرياً", 0, "news_terror", "ar", "c20-claim-bus-ambush"),
    ("URGENT - Syrie : l'EI revendique une embuscade contre un bus militaire dans le désert, 11 morts", 0, "news_terror", "fr", "c20-claim-bus-ambush"),
    ("EIL: IS reklamiert Überfall auf Armeebus in syrischer Wüste mit elf Toten für sich", 0, "news_terror", "de", "c20-claim-bus-ambush"),
    ("СРОЧНО: ИГ взяло на себя ответственность за нападение на армейский автобус в сирийской пустыне, погибли 11 человек", 0, "news_terror", "ru", "c20-claim-bus-ambush"),
    ("SON DAKİKA: DEAŞ, Suriye çölünde 11 askerin öldüğü otobüs pususunu üstlendi", 0, "news_terror", "tr", "c20-claim-bus-ambush"),

    # c21: exclusive on detained commander, one-sentence lede
    ("Exclusive: A senior Islamic State commander detained in Iraq last month has given interrogators information about the group's finances in the Syrian desert, two Iraqi security officials told Reuters.", 0, "news_terror", "en", "c21-exclusive-detained-commander"),
    ("حصري: قال مسؤولان أمنيان عراقيان لرويترز إن قيادياً بارزاً في تنظيم داعش اعتقل في العراق الشهر الماضي أدلى للمحققين بمعلومات عن مصادر تمويل التنظيم في البادية السورية.", 0, "news_terror", "ar", "c21-exclusive-detained-commander"),
    ("EXCLUSIF - Un haut responsable de l'EI arrêté le mois dernier en Irak a livré aux enquêteurs des informations sur le financement du groupe dans le désert syrien, ont déclaré à Reuters deux responsables sécuritaires irakiens.", 0, "news_terror", "fr", "c21-exclusive-detained-commander"),
    ("Exklusiv: Ein im vergangenen Monat im Irak festgenommener hochrangiger IS-Anführer hat Ermittlern nach Angaben zweier irakischer Sicherheitsvertreter Informationen über die Finanzen der Miliz in der syrischen Wüste geliefert.", 0, "news_terror", "de", "c21-exclusive-detained-commander"),
    ("Эксклюзив: Задержанный в прошлом месяце в Ираке высокопоставленный командир ИГ (запрещено в РФ) сообщил следователям сведения о финансировании группировки в сирийской пустыне, рассказали Reuters два иракских силовика.", 0, "news_terror", "ru", "c21-exclusive-detained-commander"),
    ("ÖZEL HABER: İki Iraklı güvenlik yetkilisi, geçen ay Irak'ta yakalanan üst düzey bir DEAŞ yöneticisinin örgütün Suriye çölündeki finans kaynaklarına ilişkin sorgulayıcılara bilgi verdiğini Reuters'a söyledi.", 0, "news_terror", "tr", "c21-exclusive-detained-commander"),

    # c22: prison attack foiled, headline
    ("Kurdish-led SDF says it foiled IS attempt to storm prison in Hasakah", 0, "news_terror", "en", "c22-sdf-prison-foiled"),
    ("«قسد» تعلن إحباط محاولة لتنظيم داعش اقتحام سجن في الحسكة", 0, "news_terror", "ar", "c22-sdf-prison-foiled"),
    ("Syrie : les FDS disent avoir déjoué une tentative de l'EI d'attaquer une prison à Hassaké", 0, "news_terror", "fr", "c22-sdf-prison-foiled"),
    ("Kurdisch geführte SDF vereiteln nach eigenen Angaben IS-Angriff auf Gefängnis in Hasaka", 0, "news_terror", "de", "c22-sdf-prison-foiled"),
    ("СДС заявили о предотвращении попытки ИГ атаковать тюрьму в Хасеке", 0, "news_terror", "ru", "c22-sdf-prison-foiled"),
    ("SDG, Haseke'de DEAŞ'ın cezaevine saldırı girişimini engellediğini açıkladı", 0, "news_terror", "tr", "c22-sdf-prison-foiled"),

    # c23: conviction for crimes against Yazidis, headline
    ("Dutch court convicts former IS member of crimes against Yazidi women", 0, "news_terror", "en", "c23-yazidi-verdict"),
    ("محكمة هولندية تدين عضواً سابقاً في داعش بارتكاب جرائم بحق نساء إيزيديات", 0, "news_terror", "ar", "c23-yazidi-verdict"),
    ("Pays-Bas : un ancien membre de l'EI condamné pour des crimes contre des femmes yézidies", 0, "news_terror", "fr", "c23-yazidi-verdict"),
    ("Niederländisches Gericht verurteilt früheres IS-Mitglied wegen Verbrechen an Jesidinnen", 0, "news_terror", "de", "c23-yazidi-verdict"),
    ("Суд в Нидерландах признал бывшего члена ИГ виновным в преступлениях против езидок", 0, "news_terror", "ru", "c23-yazidi-verdict"),
    ("Hollanda'da eski bir DEAŞ üyesi, Ezidi kadınlara yönelik suçlardan mahkum edildi", 0, "news_terror", "tr", "c23-yazidi-verdict"),

    # c24: leader's death confirmed by the group, two to three sentences
    ("The Islamic State group confirmed the death of its leader in an audio message released on Thursday and named a successor, identified only by a nom de guerre. In the recording, a spokesman called on the group's affiliates to \"pledge allegiance\" to the new leader but did not say when or how his predecessor was killed. Analysts say the new leader's real identity is unknown.", 0, "news_terror", "en", "c24-leader-death-confirmed"),
    ("أكد تنظيم الدولة الإسلامية مقتل زعيمه في تسجيل صوتي نشر الخميس، وأعلن تعيين خلف له لم يكشف سوى عن كنيته. ودعا المتحدث باسم التنظيم في التسجيل فروعه إلى «مبايعة» الزعيم الجديد، من دون أن يوضح متى أو كيف قتل سلفه، فيما يقول محللون إن هويته الحقيقية لا تزال مجهولة.", 0, "news_terror", "ar", "c24-leader-death-confirmed"),
    ("L'organisation État islamique a confirmé jeudi la mort de son chef dans un message audio et désigné un successeur, identifié seulement par son nom de guerre. Dans l'enregistrement, un porte-parole appelle les branches du groupe à « prêter allégeance » au nouveau chef, sans préciser quand ni comment son prédécesseur a été tué. Selon des analystes, la véritable identité du nouveau chef reste inconnue.", 0, "news_terror", "fr", "c24-leader-death-confirmed"),
    ("Die Terrormiliz IS hat in einer am Donnerstag veröffentlichten Audiobotschaft den Tod ihres Anführers bestätigt und einen Nachfolger benannt, der nur mit seinem Kampfnamen genannt wird. Ein Sprecher rief die Ableger der Gruppe darin auf, dem neuen Anführer „die Treue zu schwören“; wann und wie sein Vorgänger getötet wurde, blieb offen. Die wahre Identität des Nachfolgers ist Experten zufolge unbekannt.", 0, "news_terror", "de", "c24-leader-death-confirmed"),
    ("«Исламское государство» (запрещено в РФ) в аудиообращении, опубликованном в четверг, подтвердило гибель своего главаря и назвало преемника, указав лишь его псевдоним. Представитель группировки призвал ее филиалы «присягнуть» новому лидеру, не уточнив, когда и при каких обстоятельствах погиб его предшественник. По словам аналитиков, настоящая личность нового главаря неизвестна.", 0, "news_terror", "ru", "c24-leader-death-confirmed"),
    ("DEAŞ, perşembe günü yayımlanan ses kaydında elebaşının öldüğünü doğruladı ve yerine yalnızca kod adıyla tanıttığı yeni bir elebaşı atadı. Örgüt sözcüsü kayıtta bağlı kolları yeni elebaşına \"biat etmeye\" çağırdı, ancak önceki elebaşının ne zaman ve nasıl öldürüldüğünü açıklamadı. Analistlere göre yeni elebaşının gerçek kimliği bilinmiyor.", 0, "news_terror", "tr", "c24-leader-death-confirmed"),
]
# fmt: on
