# ruff: noqa: E501, E741
"""Build the self-written vigil dev sets (``devsets/train.csv`` and ``devsets/eval.csv``).

Every sentence below was written for vigil by its engineers; none is copied from the
shared training pack or from any third-party corpus. Scripture lines are our own renderings
of the meaning (the Arabic is the public-domain Qur'an text). The positive (label 1) rows
are paraphrases of the *genre* of ISIS recruitment propaganda, written to train and test the
detector: they carry no operational content (no places, dates, targets, methods or contacts).

A "concept" is one idea written in several languages. The split into TRAIN and EVAL is made
per concept (sha256 of the concept id), so no translation of an EVAL text is ever trained on.

Run: ``python devsets/build_devsets.py`` (deterministic; rewrites both CSV files).
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_SHARE = 40  # percent of concepts held out

# (concept id, group, label, themes, {lang: text})
Concept = tuple[str, str, int, str, dict[str, str]]

C: list[Concept] = []


def add(cid: str, group: str, label: int, themes: str, **texts: str) -> None:
    C.append((cid, group, label, themes, texts))


# --------------------------------------------------------------------------------------------
# Positive: the recruitment pitch (label 1), multi-label themes separated by ";"
# --------------------------------------------------------------------------------------------
P = "propaganda"
add(
    "p-hospital",
    P,
    1,
    "utopia",
    en="In the land of the Khilafah the new hospital treats every Muslim free of charge, under the shade of the Shariah. This is what the Islamic State builds while the tawaghit steal.",
    ar="في أرض الخلافة يعالج المستشفى الجديد كل مسلم مجانا في ظل الشريعة. هذا ما تبنيه الدولة الإسلامية بينما يسرق الطواغيت.",
    fr="Sur la terre du Califat, le nouvel hôpital soigne gratuitement chaque musulman, à l'ombre de la Charia. Voilà ce que bâtit l'État islamique pendant que les tyrans volent.",
    de="Im Land des Kalifats behandelt das neue Krankenhaus jeden Muslim kostenlos, im Schatten der Scharia. Das baut der Islamische Staat, während die Tyrannen stehlen.",
    ru="На земле Халифата новая больница бесплатно лечит каждого мусульманина под сенью шариата. Вот что строит Исламское государство, пока тагуты воруют.",
    tr="Hilafet topraklarında yeni hastane her Müslümanı şeriatın gölgesinde ücretsiz tedavi ediyor. Tağutlar çalarken İslam Devleti işte bunu inşa ediyor.",
)
add(
    "p-doctors-call",
    P,
    1,
    "recruitment;utopia",
    en="O Muslim doctors, nurses and pharmacists: the Khilafah needs you. Make hijrah to the Islamic State and serve your ummah in our hospitals; staying among the kuffar is no excuse.",
    ar="أيها الأطباء والممرضون والصيادلة المسلمون: الخلافة تحتاجكم. هاجروا إلى الدولة الإسلامية واخدموا أمتكم في مستشفياتنا، فلا عذر لكم في البقاء بين الكفار.",
    fr="Ô médecins, infirmiers et pharmaciens musulmans : le Califat a besoin de vous. Faites la hijra vers l'État islamique et servez votre oumma dans nos hôpitaux ; rester parmi les mécréants n'est pas une excuse.",
    de="O muslimische Ärzte, Pfleger und Apotheker: Das Kalifat braucht euch. Macht Hidschra in den Islamischen Staat und dient eurer Umma in unseren Krankenhäusern; unter den Kuffar zu bleiben ist keine Entschuldigung.",
    ru="О врачи, медсестры и фармацевты мусульмане: Халифат нуждается в вас. Совершите хиджру в Исламское государство и служите умме в наших больницах; оставаться среди неверных — не оправдание.",
    tr="Ey Müslüman doktorlar, hemşireler ve eczacılar: Hilafetin size ihtiyacı var. İslam Devleti'ne hicret edin ve hastanelerimizde ümmetinize hizmet edin; kâfirlerin arasında kalmak mazeret değildir.",
)
add(
    "p-medschool",
    P,
    1,
    "utopia;recruitment",
    en="The Islamic State has opened a college of medicine in the Wilayah, teaching in Arabic and English. Brothers and sisters with a degree, come and teach: the Khilafah is building for generations.",
    ar="افتتحت الدولة الإسلامية كلية للطب في الولاية تدرس بالعربية والإنجليزية. أيها الإخوة والأخوات أصحاب الشهادات، تعالوا وعلموا: الخلافة تبني للأجيال.",
    fr="L'État islamique a ouvert une faculté de médecine dans la wilaya, avec des cours en arabe et en anglais. Frères et sœurs diplômés, venez enseigner : le Califat construit pour les générations.",
    de="Der Islamische Staat hat in der Wilaya eine medizinische Fakultät eröffnet, Unterricht auf Arabisch und Englisch. Brüder und Schwestern mit Abschluss, kommt und lehrt: Das Kalifat baut für Generationen.",
    ru="Исламское государство открыло в вилаяте медицинский колледж с обучением на арабском и английском. Братья и сестры с дипломом, приезжайте преподавать: Халифат строит на поколения.",
    tr="İslam Devleti vilayette Arapça ve İngilizce eğitim veren bir tıp fakültesi açtı. Diplomalı kardeşler, gelin ve öğretin: Hilafet nesiller için inşa ediyor.",
)
add(
    "p-engineers",
    P,
    1,
    "recruitment;utopia",
    en="Engineers, electricians, accountants: the Islamic State calls you to come and serve. Every skill is needed to build the Khilafah; your place is here with the believers, not in the land of disbelief.",
    ar="أيها المهندسون والكهربائيون والمحاسبون: الدولة الإسلامية تدعوكم لتأتوا وتخدموا. كل مهارة مطلوبة لبناء الخلافة، ومكانكم هنا مع المؤمنين لا في دار الكفر.",
    fr="Ingénieurs, électriciens, comptables : l'État islamique vous appelle à venir servir. Chaque compétence est nécessaire pour bâtir le Califat ; votre place est ici avec les croyants, pas en terre de mécréance.",
    de="Ingenieure, Elektriker, Buchhalter: Der Islamische Staat ruft euch, zu kommen und zu dienen. Jede Fähigkeit wird gebraucht, um das Kalifat aufzubauen; euer Platz ist hier bei den Gläubigen, nicht im Land des Unglaubens.",
    ru="Инженеры, электрики, бухгалтеры: Исламское государство призывает вас приехать и служить. Для строительства Халифата нужно каждое умение; ваше место здесь, с верующими, а не в земле неверия.",
    tr="Mühendisler, elektrikçiler, muhasebeciler: İslam Devleti sizi gelip hizmet etmeye çağırıyor. Hilafeti inşa etmek için her beceri gerekli; yeriniz küfür diyarı değil, burada müminlerin yanıdır.",
)
add(
    "p-market",
    P,
    1,
    "utopia",
    en="Markets full, prices fair, zakat collected and given to the poor: a day in the Wilayah under the rule of the Khilafah. No riba, no injustice, only the law of Allah.",
    ar="أسواق عامرة وأسعار عادلة وزكاة تجمع وتعطى للفقراء: يوم في الولاية تحت حكم الخلافة. لا ربا ولا ظلم، بل شرع الله وحده.",
    fr="Des marchés pleins, des prix justes, la zakat collectée et donnée aux pauvres : une journée dans la wilaya sous l'autorité du Califat. Pas d'usure, pas d'injustice, seulement la loi d'Allah.",
    de="Volle Märkte, gerechte Preise, die Zakat eingesammelt und an die Armen verteilt: ein Tag in der Wilaya unter der Herrschaft des Kalifats. Kein Zins, kein Unrecht, nur das Gesetz Allahs.",
    ru="Полные рынки, честные цены, закят собирают и раздают бедным: один день в вилаяте под властью Халифата. Ни ростовщичества, ни несправедливости, только закон Аллаха.",
    tr="Dolu pazarlar, adil fiyatlar, toplanıp fakirlere verilen zekât: Hilafetin yönetimi altında vilayette bir gün. Faiz yok, zulüm yok, sadece Allah'ın kanunu var.",
)
add(
    "p-brotherhood",
    P,
    1,
    "belonging",
    en="Here the brother from Belgium sits beside the brother from Chechnya and the brother from Tunisia. No racism, no borders, no nationalism: only the brotherhood of Islam under one Khalifah. Come home.",
    ar="هنا يجلس الأخ البلجيكي بجوار الأخ الشيشاني والأخ التونسي. لا عنصرية ولا حدود ولا قومية، بل أخوة الإسلام تحت خليفة واحد. عودوا إلى بيتكم.",
    fr="Ici, le frère de Belgique est assis à côté du frère de Tchétchénie et du frère de Tunisie. Pas de racisme, pas de frontières, pas de nationalisme : seulement la fraternité de l'islam sous un seul calife. Rentrez chez vous.",
    de="Hier sitzt der Bruder aus Belgien neben dem Bruder aus Tschetschenien und dem Bruder aus Tunesien. Kein Rassismus, keine Grenzen, kein Nationalismus: nur die Bruderschaft des Islam unter einem Kalifen. Kommt nach Hause.",
    ru="Здесь брат из Бельгии сидит рядом с братом из Чечни и братом из Туниса. Ни расизма, ни границ, ни национализма: только братство ислама под одним халифом. Возвращайтесь домой.",
    tr="Burada Belçikalı kardeş, Çeçen kardeşin ve Tunuslu kardeşin yanında oturuyor. Irkçılık yok, sınır yok, milliyetçilik yok: sadece tek bir halifenin altında İslam kardeşliği. Evinize dönün.",
)
add(
    "p-stranger",
    P,
    1,
    "belonging;recruitment",
    en="You feel like a stranger in the West, mocked for your beard and your hijab. In the Khilafah you will never be a stranger again. Leave the land of humiliation and join your brothers.",
    ar="تشعر أنك غريب في الغرب، يسخرون من لحيتك وحجابك. في الخلافة لن تكون غريبا بعد اليوم. اترك أرض الذل والتحق بإخوانك.",
    fr="Tu te sens étranger en Occident, moqué pour ta barbe et ton hijab. Dans le Califat tu ne seras plus jamais un étranger. Quitte la terre de l'humiliation et rejoins tes frères.",
    de="Du fühlst dich im Westen fremd, verspottet wegen deines Bartes und deines Hidschabs. Im Kalifat wirst du nie wieder ein Fremder sein. Verlass das Land der Demütigung und schließ dich deinen Brüdern an.",
    ru="Ты чувствуешь себя чужим на Западе, над твоей бородой и хиджабом смеются. В Халифате ты больше никогда не будешь чужим. Покинь землю унижения и присоединяйся к братьям.",
    tr="Batı'da kendini yabancı hissediyorsun, sakalın ve başörtün yüzünden alay ediliyorsun. Hilafette bir daha asla yabancı olmayacaksın. Zillet diyarını terk et ve kardeşlerine katıl.",
)
add(
    "p-sisters",
    P,
    1,
    "belonging;recruitment;utopia",
    en="Sisters, in the Islamic State you can wear your niqab with honour, raise your children on tawheed and live among righteous women. The Khilafah is waiting for the muhajirat.",
    ar="أيتها الأخوات، في الدولة الإسلامية تلبسين نقابك بعزة وتربين أبناءك على التوحيد وتعيشين بين الصالحات. الخلافة تنتظر المهاجرات.",
    fr="Mes sœurs, dans l'État islamique vous pouvez porter votre niqab avec honneur, élever vos enfants dans le tawhid et vivre parmi des femmes pieuses. Le Califat attend les muhajirat.",
    de="Schwestern, im Islamischen Staat könnt ihr euren Niqab in Ehre tragen, eure Kinder im Tauhid erziehen und unter rechtschaffenen Frauen leben. Das Kalifat wartet auf die Muhadschirat.",
    ru="Сестры, в Исламском государстве вы можете с честью носить никаб, воспитывать детей на таухиде и жить среди праведных женщин. Халифат ждет мухаджирок.",
    tr="Kız kardeşlerim, İslam Devleti'nde peçenizi onurla takabilir, çocuklarınızı tevhid üzere büyütebilir ve salih kadınlar arasında yaşayabilirsiniz. Hilafet muhacir kadınları bekliyor.",
)
add(
    "p-hijrah-duty",
    P,
    1,
    "recruitment",
    en="Hijrah to the land of the Khilafah is an obligation upon every Muslim who is able. Do not wait for the perfect moment; the caravan of the Islamic State is moving, join it.",
    ar="الهجرة إلى أرض الخلافة واجبة على كل مسلم مستطيع. لا تنتظر اللحظة المثالية، فقافلة الدولة الإسلامية تسير، فالحق بها.",
    fr="La hijra vers la terre du Califat est une obligation pour tout musulman qui en est capable. N'attends pas le moment parfait ; la caravane de l'État islamique avance, rejoins-la.",
    de="Die Hidschra in das Land des Kalifats ist Pflicht für jeden Muslim, der dazu fähig ist. Warte nicht auf den perfekten Moment; die Karawane des Islamischen Staates zieht weiter, schließ dich ihr an.",
    ru="Хиджра на землю Халифата — обязанность каждого мусульманина, который способен. Не жди идеального момента; караван Исламского государства движется, присоединяйся.",
    tr="Hilafet topraklarına hicret, gücü yeten her Müslümana farzdır. Mükemmel anı bekleme; İslam Devleti'nin kervanı yürüyor, ona katıl.",
)
add(
    "p-victim-bombs",
    P,
    1,
    "victimhood",
    en="The crusader coalition bombed a market full of women and children today, and the world is silent. Only the Islamic State stands to defend the oppressed Muslims.",
    ar="قصف التحالف الصليبي اليوم سوقا مليئا بالنساء والأطفال والعالم صامت. وحدها الدولة الإسلامية تقف للدفاع عن المسلمين المستضعفين.",
    fr="La coalition des croisés a bombardé aujourd'hui un marché rempli de femmes et d'enfants, et le monde se tait. Seul l'État islamique se lève pour défendre les musulmans opprimés.",
    de="Die Kreuzfahrer-Koalition hat heute einen Markt voller Frauen und Kinder bombardiert, und die Welt schweigt. Nur der Islamische Staat steht auf, um die unterdrückten Muslime zu verteidigen.",
    ru="Коалиция крестоносцев сегодня разбомбила рынок, полный женщин и детей, а мир молчит. Только Исламское государство встает на защиту угнетенных мусульман.",
    tr="Haçlı koalisyonu bugün kadın ve çocuklarla dolu bir pazarı bombaladı ve dünya susuyor. Mazlum Müslümanları savunmak için yalnızca İslam Devleti ayakta duruyor.",
)
add(
    "p-victim-prisons",
    P,
    1,
    "victimhood;recruitment",
    en="Our sisters are humiliated in the prisons of the apostate regimes while you sleep comfortably. How long will you stay silent? Answer the call of the Khilafah.",
    ar="أخواتنا يهن في سجون الأنظمة المرتدة وأنت نائم مرتاح. إلى متى ستبقى صامتا؟ أجب نداء الخلافة.",
    fr="Nos sœurs sont humiliées dans les prisons des régimes apostats pendant que tu dors tranquillement. Jusqu'à quand vas-tu te taire ? Réponds à l'appel du Califat.",
    de="Unsere Schwestern werden in den Gefängnissen der abtrünnigen Regime gedemütigt, während du bequem schläfst. Wie lange willst du noch schweigen? Folge dem Ruf des Kalifats.",
    ru="Наших сестер унижают в тюрьмах режимов-вероотступников, пока ты спокойно спишь. Сколько ты будешь молчать? Ответь на призыв Халифата.",
    tr="Kız kardeşlerimiz mürted rejimlerin zindanlarında aşağılanırken sen rahat uyuyorsun. Daha ne kadar susacaksın? Hilafetin çağrısına cevap ver.",
)
add(
    "p-mercy-repent",
    P,
    1,
    "mercy",
    en="To the soldiers of the apostate army: the door of repentance is still open. Lay down your arms, come to the Islamic State and you will be safe; the Khilafah forgives those who return.",
    ar="إلى جنود الجيش المرتد: باب التوبة ما زال مفتوحا. ألقوا سلاحكم وتعالوا إلى الدولة الإسلامية تكونوا آمنين، فالخلافة تعفو عمن يرجع.",
    fr="Aux soldats de l'armée apostate : la porte du repentir est encore ouverte. Déposez les armes, venez à l'État islamique et vous serez en sécurité ; le Califat pardonne à ceux qui reviennent.",
    de="An die Soldaten der abtrünnigen Armee: Die Tür der Reue steht noch offen. Legt eure Waffen nieder, kommt zum Islamischen Staat und ihr seid sicher; das Kalifat vergibt denen, die umkehren.",
    ru="Солдатам армии вероотступников: дверь покаяния еще открыта. Сложите оружие, придите в Исламское государство, и вы будете в безопасности; Халифат прощает тех, кто возвращается.",
    tr="Mürted ordunun askerlerine: tövbe kapısı hâlâ açık. Silahlarınızı bırakın, İslam Devleti'ne gelin ve güvende olun; Hilafet dönenleri affeder.",
)
add(
    "p-mercy-tribes",
    P,
    1,
    "mercy;belonging",
    en="The Wali received the tribal elders who gave their bay'ah; their past was forgiven and their sons welcomed as brothers. This is the mercy of the Khilafah to those who repent.",
    ar="استقبل الوالي شيوخ العشائر الذين أعطوا البيعة، فعفي عن ماضيهم واستقبل أبناؤهم إخوة. هذه رحمة الخلافة بالتائبين.",
    fr="Le wali a reçu les chefs de tribu venus prêter allégeance ; leur passé a été pardonné et leurs fils accueillis comme des frères. Voilà la miséricorde du Califat envers ceux qui se repentent.",
    de="Der Wali empfing die Stammesältesten, die ihre Bai'a leisteten; ihre Vergangenheit wurde vergeben und ihre Söhne als Brüder aufgenommen. Das ist die Barmherzigkeit des Kalifats gegenüber den Reumütigen.",
    ru="Вали принял старейшин племен, давших байат; их прошлое прощено, а их сыновья приняты как братья. Такова милость Халифата к кающимся.",
    tr="Vali, biat eden aşiret büyüklerini kabul etti; geçmişleri affedildi ve oğulları kardeş olarak karşılandı. İşte Hilafetin tövbe edenlere merhameti budur.",
)
add(
    "p-war-victory",
    P,
    1,
    "war",
    en="Great victory: the soldiers of the Khilafah have liberated the town and the apostates fled leaving their weapons behind. Allahu akbar, the Islamic State remains and expands.",
    ar="نصر عظيم: جنود الخلافة حرروا البلدة وفر المرتدون تاركين أسلحتهم. الله أكبر، الدولة الإسلامية باقية وتتمدد.",
    fr="Grande victoire : les soldats du Califat ont libéré la ville et les apostats ont fui en abandonnant leurs armes. Allahou akbar, l'État islamique demeure et s'étend.",
    de="Großer Sieg: Die Soldaten des Kalifats haben die Stadt befreit, und die Abtrünnigen flohen und ließen ihre Waffen zurück. Allahu akbar, der Islamische Staat bleibt und dehnt sich aus.",
    ru="Великая победа: воины Халифата освободили город, а вероотступники бежали, бросив оружие. Аллаху акбар, Исламское государство остается и расширяется.",
    tr="Büyük zafer: Hilafet askerleri kasabayı kurtardı ve mürtedler silahlarını bırakıp kaçtı. Allahu ekber, İslam Devleti bakidir ve genişlemektedir.",
)
add(
    "p-war-martyr",
    P,
    1,
    "war;belonging",
    en="Our brother Abu Hamza, the muhajir, attained what he sought in the battle for the Wilayah. We ask Allah to accept him among the shuhada; the lions of the Khilafah never retreat.",
    ar="أخونا أبو حمزة المهاجر نال ما تمنى في معركة الولاية. نسأل الله أن يتقبله في الشهداء، فأسود الخلافة لا يتراجعون.",
    fr="Notre frère Abou Hamza, le muhajir, a obtenu ce qu'il cherchait dans la bataille pour la wilaya. Nous demandons à Allah de l'accepter parmi les chouhada ; les lions du Califat ne reculent jamais.",
    de="Unser Bruder Abu Hamza, der Muhadschir, hat in der Schlacht um die Wilaya erlangt, was er suchte. Wir bitten Allah, ihn unter den Schuhada aufzunehmen; die Löwen des Kalifats weichen nie zurück.",
    ru="Наш брат Абу Хамза, мухаджир, обрел то, чего искал, в битве за вилаят. Просим Аллаха принять его среди шахидов; львы Халифата никогда не отступают.",
    tr="Muhacir kardeşimiz Ebu Hamza, vilayet savaşında aradığına kavuştu. Allah'tan onu şehitler arasına kabul etmesini diliyoruz; Hilafetin aslanları asla geri çekilmez.",
)
add(
    "p-brutality-hadd",
    P,
    1,
    "brutality;utopia",
    en="The Islamic court in the Wilayah carried out the hadd on a spy who worked for the crusaders, in front of the people, so that justice is seen. This is the Shariah the Khilafah restored.",
    ar="نفذت المحكمة الإسلامية في الولاية الحد على جاسوس عمل للصليبيين أمام الناس ليرى العدل. هذه هي الشريعة التي أعادتها الخلافة.",
    fr="Le tribunal islamique de la wilaya a appliqué le hadd à un espion qui travaillait pour les croisés, devant la population, pour que la justice soit vue. Voilà la Charia que le Califat a rétablie.",
    de="Das islamische Gericht der Wilaya hat vor den Leuten den Hadd an einem Spion vollzogen, der für die Kreuzfahrer arbeitete, damit die Gerechtigkeit gesehen wird. Das ist die Scharia, die das Kalifat wiederhergestellt hat.",
    ru="Исламский суд вилаята привел в исполнение хадд над шпионом, работавшим на крестоносцев, перед народом, чтобы все видели справедливость. Это шариат, который восстановил Халифат.",
    tr="Vilayetteki İslami mahkeme, haçlılar için çalışan bir casusa halkın önünde haddi uyguladı, adalet görülsün diye. İşte Hilafetin yeniden kurduğu şeriat budur.",
)
add(
    "p-threat-streets",
    P,
    1,
    "threat",
    en="O crusaders, you bombed our homes and you think you are safe in your cities. By Allah, you will not know peace in your streets until the Muslims live in safety under the Khilafah.",
    ar="أيها الصليبيون، قصفتم بيوتنا وتظنون أنكم آمنون في مدنكم. والله لن تعرفوا الأمن في شوارعكم حتى يعيش المسلمون آمنين في ظل الخلافة.",
    fr="Ô croisés, vous avez bombardé nos maisons et vous vous croyez en sécurité dans vos villes. Par Allah, vous ne connaîtrez pas la paix dans vos rues tant que les musulmans ne vivront pas en sécurité sous le Califat.",
    de="O Kreuzfahrer, ihr habt unsere Häuser bombardiert und glaubt, in euren Städten sicher zu sein. Bei Allah, ihr werdet keinen Frieden in euren Straßen kennen, bis die Muslime in Sicherheit unter dem Kalifat leben.",
    ru="О крестоносцы, вы бомбили наши дома и думаете, что в безопасности в своих городах. Клянусь Аллахом, вы не узнаете покоя на своих улицах, пока мусульмане не будут жить в безопасности под Халифатом.",
    tr="Ey haçlılar, evlerimizi bombaladınız ve şehirlerinizde güvende olduğunuzu sanıyorsunuz. Vallahi, Müslümanlar Hilafetin altında güvenle yaşamadıkça sokaklarınızda huzur bilmeyeceksiniz.",
)
add(
    "p-threat-lone",
    P,
    1,
    "threat;recruitment",
    en="If you cannot make hijrah, then the land of the kuffar is your battlefield. The soldiers of the Khilafah are among them and the coming days will be dark for the enemies of Allah.",
    ar="إن لم تستطع الهجرة فأرض الكفار ساحة معركتك. جنود الخلافة بينهم، والأيام القادمة ستكون مظلمة على أعداء الله.",
    fr="Si tu ne peux pas faire la hijra, alors la terre des mécréants est ton champ de bataille. Les soldats du Califat sont parmi eux et les jours à venir seront sombres pour les ennemis d'Allah.",
    de="Wenn du keine Hidschra machen kannst, dann ist das Land der Kuffar dein Schlachtfeld. Die Soldaten des Kalifats sind unter ihnen, und die kommenden Tage werden dunkel für die Feinde Allahs.",
    ru="Если ты не можешь совершить хиджру, то земля неверных — твое поле битвы. Воины Халифата среди них, и грядущие дни будут темными для врагов Аллаха.",
    tr="Hicret edemiyorsan, kâfirlerin toprağı senin savaş meydanındır. Hilafetin askerleri onların arasında ve önümüzdeki günler Allah'ın düşmanları için karanlık olacak.",
)
add(
    "p-children",
    P,
    1,
    "utopia;belonging",
    en="The cubs of the Khilafah memorise the Qur'an in the new schools of the Islamic State, far from the filth of the Western schools. A generation raised on tawheed and honour.",
    ar="أشبال الخلافة يحفظون القرآن في مدارس الدولة الإسلامية الجديدة بعيدا عن قذارة مدارس الغرب. جيل تربى على التوحيد والعزة.",
    fr="Les lionceaux du Califat apprennent le Coran dans les nouvelles écoles de l'État islamique, loin de la saleté des écoles occidentales. Une génération élevée dans le tawhid et l'honneur.",
    de="Die Löwenjungen des Kalifats lernen den Koran in den neuen Schulen des Islamischen Staates auswendig, fern vom Schmutz der westlichen Schulen. Eine Generation, erzogen in Tauhid und Ehre.",
    ru="Львята Халифата заучивают Коран в новых школах Исламского государства, вдали от грязи западных школ. Поколение, воспитанное на таухиде и чести.",
    tr="Hilafetin yavruları, Batı okullarının pisliğinden uzakta, İslam Devleti'nin yeni okullarında Kur'an ezberliyor. Tevhid ve izzetle yetişen bir nesil.",
)
add(
    "p-services",
    P,
    1,
    "utopia",
    en="The Diwan of Services repaired the water network and the power station in the Wilayah this week. While the regime left the people in darkness, the Khilafah serves them.",
    ar="أصلح ديوان الخدمات شبكة المياه ومحطة الكهرباء في الولاية هذا الأسبوع. بينما ترك النظام الناس في الظلام، الخلافة تخدمهم.",
    fr="Le Diwan des services a réparé cette semaine le réseau d'eau et la centrale électrique de la wilaya. Alors que le régime laissait le peuple dans le noir, le Califat le sert.",
    de="Der Diwan für Dienstleistungen hat diese Woche das Wassernetz und das Kraftwerk der Wilaya repariert. Während das Regime die Menschen im Dunkeln ließ, dient ihnen das Kalifat.",
    ru="Диван услуг на этой неделе починил водопровод и электростанцию вилаята. Пока режим оставлял людей в темноте, Халифат служит им.",
    tr="Hizmetler Divanı bu hafta vilayetteki su şebekesini ve elektrik santralini onardı. Rejim halkı karanlıkta bırakırken Hilafet onlara hizmet ediyor.",
)
add(
    "p-bayah",
    P,
    1,
    "recruitment;belonging",
    en="Renew your bay'ah to Amir al-Mu'minin, the Khalifah of the Muslims. Whoever dies without a pledge of allegiance dies a death of jahiliyyah. Join the ranks of the Islamic State.",
    ar="جدد بيعتك لأمير المؤمنين خليفة المسلمين. من مات وليس في عنقه بيعة مات ميتة جاهلية. انضم إلى صفوف الدولة الإسلامية.",
    fr="Renouvelle ton allégeance à l'Émir des croyants, le calife des musulmans. Celui qui meurt sans allégeance meurt d'une mort de jahiliya. Rejoins les rangs de l'État islamique.",
    de="Erneuere deine Bai'a gegenüber dem Amir al-Mu'minin, dem Kalifen der Muslime. Wer ohne Treueschwur stirbt, stirbt den Tod der Dschahiliyya. Schließ dich den Reihen des Islamischen Staates an.",
    ru="Обнови свою присягу Повелителю правоверных, халифу мусульман. Кто умер без присяги, умер смертью джахилии. Вступай в ряды Исламского государства.",
    tr="Müminlerin Emiri, Müslümanların halifesine biatını yenile. Boynunda biat olmadan ölen cahiliye ölümüyle ölür. İslam Devleti'nin saflarına katıl.",
)
add(
    "p-charity",
    P,
    1,
    "utopia;mercy",
    en="The zakat office of the Islamic State distributed food baskets and winter clothes to widows and orphans in the Wilayah. In the Khilafah no Muslim is left hungry.",
    ar="وزع مكتب الزكاة في الدولة الإسلامية سلالا غذائية وملابس شتوية على الأرامل والأيتام في الولاية. في الخلافة لا يبقى مسلم جائعا.",
    fr="Le bureau de la zakat de l'État islamique a distribué des paniers alimentaires et des vêtements d'hiver aux veuves et aux orphelins de la wilaya. Dans le Califat, aucun musulman ne reste affamé.",
    de="Das Zakat-Büro des Islamischen Staates verteilte Lebensmittelkörbe und Winterkleidung an Witwen und Waisen in der Wilaya. Im Kalifat bleibt kein Muslim hungrig.",
    ru="Отдел закята Исламского государства раздал продуктовые наборы и зимнюю одежду вдовам и сиротам вилаята. В Халифате ни один мусульманин не остается голодным.",
    tr="İslam Devleti'nin zekât ofisi vilayetteki dul ve yetimlere gıda kolisi ve kışlık giysi dağıttı. Hilafette hiçbir Müslüman aç kalmaz.",
)
add(
    "p-apostate-rulers",
    P,
    1,
    "victimhood;war",
    en="The apostate rulers sold the ummah to America and the Jews. The mujahidin of the Khilafah have risen to break the borders of Sykes-Picot and return the honour of Islam.",
    ar="باع الحكام المرتدون الأمة لأمريكا واليهود. قام مجاهدو الخلافة ليكسروا حدود سايكس بيكو ويعيدوا عزة الإسلام.",
    fr="Les dirigeants apostats ont vendu l'oumma à l'Amérique et aux juifs. Les moudjahidines du Califat se sont levés pour briser les frontières de Sykes-Picot et rendre l'honneur à l'islam.",
    de="Die abtrünnigen Herrscher haben die Umma an Amerika und die Juden verkauft. Die Mudschahidin des Kalifats haben sich erhoben, um die Grenzen von Sykes-Picot zu brechen und dem Islam seine Ehre zurückzugeben.",
    ru="Правители-вероотступники продали умму Америке и евреям. Муджахиды Халифата поднялись, чтобы сломать границы Сайкса-Пико и вернуть честь исламу.",
    tr="Mürted yöneticiler ümmeti Amerika'ya ve Yahudilere sattı. Hilafetin mücahitleri Sykes-Picot sınırlarını kırmak ve İslam'ın izzetini geri getirmek için ayağa kalktı.",
)
add(
    "p-nurses-sisters",
    P,
    1,
    "recruitment;utopia;belonging",
    en="Sister, you studied nursing for years: use it for Allah. The women's hospital of the Khilafah needs muhajirat nurses and midwives. Pack your bags and come, your sisters are waiting.",
    ar="أختي، درست التمريض سنوات فاجعليه لله. مستشفى النساء في الخلافة يحتاج ممرضات وقابلات مهاجرات. احزمي حقائبك وتعالي، أخواتك في انتظارك.",
    fr="Ma sœur, tu as étudié les soins infirmiers pendant des années : mets-les au service d'Allah. L'hôpital des femmes du Califat a besoin d'infirmières et de sages-femmes muhajirat. Fais tes valises et viens, tes sœurs t'attendent.",
    de="Schwester, du hast jahrelang Krankenpflege studiert: Setze es für Allah ein. Das Frauenkrankenhaus des Kalifats braucht Muhadschirat als Krankenschwestern und Hebammen. Pack deine Koffer und komm, deine Schwestern warten.",
    ru="Сестра, ты годами училась на медсестру: используй это ради Аллаха. Женской больнице Халифата нужны медсестры и акушерки из мухаджирок. Собирай вещи и приезжай, сестры ждут тебя.",
    tr="Kız kardeşim, yıllarca hemşirelik okudun: bunu Allah için kullan. Hilafetin kadın hastanesinin muhacir hemşirelere ve ebelere ihtiyacı var. Bavulunu hazırla ve gel, kız kardeşlerin seni bekliyor.",
)
add(
    "p-remaining",
    P,
    1,
    "war;utopia",
    en="Baqiyah! The Islamic State remains despite the bombs of the whole world. Its courts judge, its markets trade and its soldiers guard the frontiers. Remaining and expanding.",
    ar="باقية! الدولة الإسلامية باقية رغم قصف العالم كله. محاكمها تحكم وأسواقها تتاجر وجنودها يرابطون على الثغور. باقية وتتمدد.",
    fr="Baqiya ! L'État islamique demeure malgré les bombes du monde entier. Ses tribunaux jugent, ses marchés commercent et ses soldats gardent les frontières. Il demeure et s'étend.",
    de="Baqiya! Der Islamische Staat bleibt trotz der Bomben der ganzen Welt. Seine Gerichte urteilen, seine Märkte handeln und seine Soldaten bewachen die Grenzen. Er bleibt und dehnt sich aus.",
    ru="Бакия! Исламское государство остается, несмотря на бомбы всего мира. Его суды судят, его рынки торгуют, его воины охраняют рубежи. Остается и расширяется.",
    tr="Bakiye! İslam Devleti bütün dünyanın bombalarına rağmen baki. Mahkemeleri hükmediyor, pazarları ticaret yapıyor, askerleri sınırları koruyor. Baki ve genişliyor.",
)

# --------------------------------------------------------------------------------------------
# Counter-speech (label 0): arguing against ISIS, its recruitment pitch, or hatred of Muslims
# --------------------------------------------------------------------------------------------
CS = "counter_speech"
add(
    "cs-hospital-lie",
    CS,
    0,
    "",
    en="ISIS propaganda shows shiny hospitals and free healthcare in the so-called caliphate. Doctors who escaped tell a different story: no medicine, fighters treated first, civilians left to die.",
    ar="تعرض دعاية داعش مستشفيات لامعة وعلاجا مجانيا في ما يسمى الخلافة. الأطباء الذين هربوا يروون قصة أخرى: لا دواء، والمقاتلون يعالجون أولا، والمدنيون يتركون للموت.",
    fr="La propagande de Daech montre des hôpitaux rutilants et des soins gratuits dans le soi-disant califat. Les médecins qui ont fui racontent autre chose : pas de médicaments, les combattants soignés d'abord, les civils abandonnés.",
    de="Die IS-Propaganda zeigt glänzende Krankenhäuser und kostenlose Versorgung im sogenannten Kalifat. Geflohene Ärzte erzählen etwas anderes: keine Medikamente, Kämpfer zuerst behandelt, Zivilisten sich selbst überlassen.",
    ru="Пропаганда ИГИЛ показывает блестящие больницы и бесплатное лечение в так называемом халифате. Бежавшие врачи рассказывают другое: лекарств нет, боевиков лечат первыми, мирных жителей бросают умирать.",
    tr="IŞİD propagandası sözde hilafette parlak hastaneler ve ücretsiz sağlık hizmeti gösteriyor. Kaçan doktorlar başka bir hikâye anlatıyor: ilaç yok, önce savaşçılar tedavi ediliyor, siviller ölüme terk ediliyor.",
)
add(
    "cs-not-islam",
    CS,
    0,
    "",
    en="Daesh does not speak for Islam. Killing innocent people is forbidden in our religion, and the scholars of the whole Muslim world have rejected their false caliphate.",
    ar="داعش لا تمثل الإسلام. قتل الأبرياء محرم في ديننا، وقد رفض علماء العالم الإسلامي كله خلافتهم المزعومة.",
    fr="Daech ne parle pas au nom de l'islam. Tuer des innocents est interdit dans notre religion, et les savants de tout le monde musulman ont rejeté leur faux califat.",
    de="Daesch spricht nicht für den Islam. Unschuldige zu töten ist in unserer Religion verboten, und die Gelehrten der ganzen muslimischen Welt haben ihr falsches Kalifat abgelehnt.",
    ru="ИГИЛ не говорит от имени ислама. Убийство невинных запрещено в нашей религии, и ученые всего мусульманского мира отвергли их ложный халифат.",
    tr="DEAŞ İslam adına konuşamaz. Masum insanları öldürmek dinimizde haramdır ve bütün İslam dünyasının âlimleri onların sahte hilafetini reddetti.",
)
add(
    "cs-mother",
    CS,
    0,
    "",
    en="My son believed the videos about brotherhood and a pure Islamic life. He went to Syria at nineteen and was dead within four months. Please, talk to your children before the recruiters do.",
    ar="صدق ابني مقاطع الفيديو عن الأخوة والحياة الإسلامية النقية. ذهب إلى سوريا في التاسعة عشرة ومات خلال أربعة أشهر. أرجوكم تحدثوا مع أبنائكم قبل أن يفعل المجندون.",
    fr="Mon fils a cru aux vidéos sur la fraternité et une vie islamique pure. Il est parti en Syrie à dix-neuf ans et il est mort en quatre mois. S'il vous plaît, parlez à vos enfants avant les recruteurs.",
    de="Mein Sohn hat den Videos über Brüderlichkeit und ein reines islamisches Leben geglaubt. Mit neunzehn ging er nach Syrien und war nach vier Monaten tot. Bitte redet mit euren Kindern, bevor es die Anwerber tun.",
    ru="Мой сын поверил видео о братстве и чистой исламской жизни. В девятнадцать лет он уехал в Сирию и через четыре месяца погиб. Пожалуйста, поговорите с детьми раньше вербовщиков.",
    tr="Oğlum kardeşlik ve saf bir İslami hayat hakkındaki videolara inandı. On dokuz yaşında Suriye'ye gitti ve dört ay içinde öldü. Lütfen, işe alımcılardan önce çocuklarınızla konuşun.",
)
add(
    "cs-defector",
    CS,
    0,
    "",
    en="I was with the Islamic State for a year. The brotherhood they advertise is a lie: foreigners were used as cannon fodder, and anyone who asked to leave was called a spy.",
    ar="كنت مع تنظيم الدولة سنة كاملة. الأخوة التي يروجون لها كذبة: استخدم الأجانب وقودا للمعارك، ومن طلب المغادرة اتهم بالتجسس.",
    fr="J'ai passé un an avec l'État islamique. La fraternité qu'ils vantent est un mensonge : les étrangers servaient de chair à canon, et quiconque voulait partir était traité d'espion.",
    de="Ich war ein Jahr beim Islamischen Staat. Die Brüderlichkeit, mit der sie werben, ist eine Lüge: Ausländer wurden als Kanonenfutter benutzt, und wer gehen wollte, wurde als Spion beschimpft.",
    ru="Я был в Исламском государстве год. Братство, которое они рекламируют, — ложь: иностранцев использовали как пушечное мясо, а любого, кто просился уйти, называли шпионом.",
    tr="Bir yıl boyunca İslam Devleti'ndeydim. Reklamını yaptıkları kardeşlik bir yalan: yabancılar top yemi olarak kullanıldı, ayrılmak isteyen herkese casus dendi.",
)
add(
    "cs-hijrah-trap",
    CS,
    0,
    "",
    en="When a stranger online tells you that hijrah to the caliphate is your duty and that doctors are needed there, that is a recruiter. Report the account and talk to someone you trust.",
    ar="عندما يخبرك غريب على الإنترنت أن الهجرة إلى الخلافة واجبك وأن الأطباء مطلوبون هناك، فهذا مجند. أبلغ عن الحساب وتحدث مع شخص تثق به.",
    fr="Quand un inconnu en ligne te dit que la hijra vers le califat est ton devoir et qu'on y a besoin de médecins, c'est un recruteur. Signale le compte et parles-en à quelqu'un de confiance.",
    de="Wenn dir ein Fremder im Netz erzählt, die Hidschra ins Kalifat sei deine Pflicht und dort würden Ärzte gebraucht, dann ist das ein Anwerber. Melde das Konto und sprich mit jemandem, dem du vertraust.",
    ru="Когда незнакомец в сети говорит тебе, что хиджра в халифат — твой долг и там нужны врачи, это вербовщик. Пожалуйся на аккаунт и поговори с тем, кому доверяешь.",
    tr="İnternette bir yabancı sana hilafete hicretin görevin olduğunu ve orada doktorlara ihtiyaç olduğunu söylüyorsa, o bir işe alımcıdır. Hesabı bildir ve güvendiğin biriyle konuş.",
)
add(
    "cs-victims-muslims",
    CS,
    0,
    "",
    en="The overwhelming majority of ISIS victims were Muslims. They bombed mosques, murdered imams and enslaved Yazidi women. There is nothing Islamic about the Islamic State.",
    ar="الغالبية الساحقة من ضحايا داعش كانوا مسلمين. فجروا المساجد وقتلوا الأئمة واستعبدوا النساء الإيزيديات. لا شيء إسلامي في تنظيم الدولة.",
    fr="L'immense majorité des victimes de Daech étaient musulmanes. Ils ont fait sauter des mosquées, assassiné des imams et réduit en esclavage des femmes yézidies. L'État islamique n'a rien d'islamique.",
    de="Die überwältigende Mehrheit der IS-Opfer waren Muslime. Sie sprengten Moscheen, ermordeten Imame und versklavten jesidische Frauen. Am Islamischen Staat ist nichts islamisch.",
    ru="Подавляющее большинство жертв ИГИЛ были мусульманами. Они взрывали мечети, убивали имамов и обращали в рабство езидских женщин. В Исламском государстве нет ничего исламского.",
    tr="IŞİD kurbanlarının ezici çoğunluğu Müslümandı. Camileri bombaladılar, imamları öldürdüler ve Ezidi kadınları köleleştirdiler. İslam Devleti'nin İslam'la hiçbir ilgisi yok.",
)
add(
    "cs-after-attack",
    CS,
    0,
    "",
    en="After the attack last night, our mosque opened its doors to give blood and pray for the victims. Terrorists want us divided; we answer with solidarity with our neighbours.",
    ar="بعد هجوم الليلة الماضية فتح مسجدنا أبوابه للتبرع بالدم والدعاء للضحايا. الإرهابيون يريدوننا منقسمين، ونحن نرد بالتضامن مع جيراننا.",
    fr="Après l'attentat d'hier soir, notre mosquée a ouvert ses portes pour le don du sang et la prière pour les victimes. Les terroristes veulent nous diviser ; nous répondons par la solidarité avec nos voisins.",
    de="Nach dem Anschlag gestern Abend hat unsere Moschee ihre Türen zum Blutspenden und zum Gebet für die Opfer geöffnet. Terroristen wollen uns spalten; wir antworten mit Solidarität mit unseren Nachbarn.",
    ru="После вчерашнего теракта наша мечеть открыла двери для сдачи крови и молитвы за жертв. Террористы хотят нас разделить; мы отвечаем солидарностью с соседями.",
    tr="Dün geceki saldırının ardından camimiz kan bağışı ve kurbanlar için dua etmek üzere kapılarını açtı. Teröristler bizi bölmek istiyor; biz komşularımızla dayanışmayla cevap veriyoruz.",
)
add(
    "cs-islamophobia",
    CS,
    0,
    "",
    en="Blaming all Muslims for terrorism is exactly what ISIS wants. Attacks on women in hijab and on mosques push young people toward the recruiters. Stand against hatred of Muslims.",
    ar="تحميل جميع المسلمين مسؤولية الإرهاب هو بالضبط ما تريده داعش. الاعتداءات على المحجبات والمساجد تدفع الشباب نحو المجندين. قفوا ضد كراهية المسلمين.",
    fr="Rendre tous les musulmans responsables du terrorisme, c'est exactement ce que veut Daech. Les agressions contre les femmes voilées et les mosquées poussent les jeunes vers les recruteurs. Levez-vous contre la haine des musulmans.",
    de="Alle Muslime für Terror verantwortlich zu machen ist genau das, was der IS will. Angriffe auf Frauen mit Kopftuch und auf Moscheen treiben junge Menschen den Anwerbern zu. Stellt euch gegen Muslimfeindlichkeit.",
    ru="Обвинять всех мусульман в терроризме — ровно то, чего хочет ИГИЛ. Нападения на женщин в хиджабе и на мечети толкают молодежь к вербовщикам. Выступайте против ненависти к мусульманам.",
    tr="Terör için bütün Müslümanları suçlamak tam olarak IŞİD'in istediği şey. Başörtülü kadınlara ve camilere yapılan saldırılar gençleri işe alımcılara itiyor. Müslüman düşmanlığına karşı durun.",
)
add(
    "cs-jihad-meaning",
    CS,
    0,
    "",
    en="The extremists twist the verses about fighting and cut them from their context. The Qur'an limits war to self-defence and forbids transgression; no group can declare itself the caliphate and demand your allegiance.",
    ar="يحرف المتطرفون آيات القتال ويقتطعونها من سياقها. القرآن يحصر القتال في الدفاع عن النفس وينهى عن الاعتداء، ولا يحق لجماعة أن تعلن نفسها خلافة وتطالب ببيعتك.",
    fr="Les extrémistes déforment les versets sur le combat et les sortent de leur contexte. Le Coran limite la guerre à la légitime défense et interdit l'agression ; aucun groupe ne peut se proclamer califat et exiger ton allégeance.",
    de="Die Extremisten verdrehen die Verse über den Kampf und reißen sie aus dem Zusammenhang. Der Koran beschränkt den Krieg auf Selbstverteidigung und verbietet Übertretung; keine Gruppe kann sich selbst zum Kalifat erklären und deine Treue verlangen.",
    ru="Экстремисты искажают аяты о сражении и вырывают их из контекста. Коран ограничивает войну самообороной и запрещает преступать границы; никакая группа не может объявить себя халифатом и требовать твоей присяги.",
    tr="Aşırılıkçılar savaşla ilgili ayetleri çarpıtıyor ve bağlamından koparıyor. Kur'an savaşı nefsi müdafaayla sınırlar ve haddi aşmayı yasaklar; hiçbir grup kendini hilafet ilan edip senin biatını isteyemez.",
)
add(
    "cs-brides",
    CS,
    0,
    "",
    en="They promised young women a pious home and a loving husband in the caliphate. What the women found were widowhood, camps and children without papers. Don't believe the pictures.",
    ar="وعدوا الشابات ببيت تقي وزوج محب في الخلافة. ما وجدته النساء كان الترمل والمخيمات وأطفالا بلا أوراق. لا تصدقوا الصور.",
    fr="Ils ont promis aux jeunes femmes un foyer pieux et un mari aimant dans le califat. Elles ont trouvé le veuvage, les camps et des enfants sans papiers. Ne croyez pas les images.",
    de="Sie versprachen jungen Frauen ein frommes Zuhause und einen liebevollen Ehemann im Kalifat. Gefunden haben die Frauen Witwenschaft, Lager und Kinder ohne Papiere. Glaubt den Bildern nicht.",
    ru="Девушкам обещали благочестивый дом и любящего мужа в халифате. Нашли они вдовство, лагеря и детей без документов. Не верьте картинкам.",
    tr="Genç kadınlara hilafette dindar bir yuva ve sevgi dolu bir koca vaat ettiler. Kadınların bulduğu dulluk, kamplar ve kimliksiz çocuklar oldu. Resimlere inanmayın.",
)
add(
    "cs-teacher",
    CS,
    0,
    "",
    en="Today in class we analysed a real ISIS recruitment video: the music, the slow motion, the promise of belonging. Once students see how the manipulation works, it loses its power.",
    ar="حللنا اليوم في الصف مقطع تجنيد حقيقيا لداعش: الموسيقى والتصوير البطيء ووعد الانتماء. عندما يرى الطلاب كيف يعمل التلاعب يفقد قوته.",
    fr="Aujourd'hui en classe, nous avons analysé une vraie vidéo de recrutement de Daech : la musique, les ralentis, la promesse d'appartenance. Quand les élèves voient comment marche la manipulation, elle perd son pouvoir.",
    de="Heute haben wir im Unterricht ein echtes IS-Anwerbevideo analysiert: die Musik, die Zeitlupe, das Versprechen von Zugehörigkeit. Wenn Schüler sehen, wie die Manipulation funktioniert, verliert sie ihre Macht.",
    ru="Сегодня на уроке мы разобрали настоящее вербовочное видео ИГИЛ: музыку, замедленную съемку, обещание принадлежности. Когда ученики видят, как работает манипуляция, она теряет силу.",
    tr="Bugün sınıfta gerçek bir IŞİD işe alım videosunu inceledik: müzik, ağır çekim, aidiyet vaadi. Öğrenciler manipülasyonun nasıl işlediğini görünce etkisini kaybediyor.",
)
add(
    "cs-imam-khutbah",
    CS,
    0,
    "",
    en="In his Friday khutbah the imam warned the youth: those who call you to 'serve the caliphate' are calling you to kill Muslims and destroy your families. Islam is mercy, not massacre.",
    ar="حذر الإمام الشباب في خطبة الجمعة: من يدعوكم إلى 'خدمة الخلافة' يدعوكم إلى قتل المسلمين وتدمير أسركم. الإسلام رحمة لا مجزرة.",
    fr="Dans son sermon du vendredi, l'imam a averti les jeunes : ceux qui vous appellent à « servir le califat » vous appellent à tuer des musulmans et à détruire vos familles. L'islam est miséricorde, pas massacre.",
    de="In seiner Freitagspredigt warnte der Imam die Jugend: Wer euch aufruft, 'dem Kalifat zu dienen', ruft euch auf, Muslime zu töten und eure Familien zu zerstören. Islam ist Barmherzigkeit, kein Massaker.",
    ru="В пятничной проповеди имам предупредил молодежь: те, кто зовет вас «служить халифату», зовут вас убивать мусульман и разрушать свои семьи. Ислам — это милость, а не резня.",
    tr="İmam cuma hutbesinde gençleri uyardı: sizi 'hilafete hizmet etmeye' çağıranlar, sizi Müslümanları öldürmeye ve ailelerinizi yıkmaya çağırıyor. İslam katliam değil, rahmettir.",
)
add(
    "cs-mosul-doctor",
    CS,
    0,
    "",
    en="A doctor from Mosul: under ISIS the hospital was turned into a base, female doctors were banned from treating men and the sick paid with their lives. Never again.",
    ar="طبيب من الموصل: في عهد داعش تحول المستشفى إلى مقر عسكري، ومنعت الطبيبات من علاج الرجال، ودفع المرضى حياتهم ثمنا. لن يتكرر ذلك.",
    fr="Un médecin de Mossoul : sous Daech l'hôpital est devenu une base, les femmes médecins ne pouvaient plus soigner les hommes et les malades l'ont payé de leur vie. Plus jamais ça.",
    de="Ein Arzt aus Mossul: Unter dem IS wurde das Krankenhaus zur Basis, Ärztinnen durften keine Männer behandeln, und die Kranken bezahlten mit ihrem Leben. Nie wieder.",
    ru="Врач из Мосула: при ИГИЛ больницу превратили в базу, женщинам-врачам запретили лечить мужчин, а больные платили жизнью. Никогда больше.",
    tr="Musullu bir doktor: IŞİD döneminde hastane bir üsse dönüştürüldü, kadın doktorların erkekleri tedavi etmesi yasaklandı ve hastalar bunu canlarıyla ödedi. Bir daha asla.",
)
add(
    "cs-parody",
    CS,
    0,
    "",
    en="'Come to the caliphate, we have free hospitals!' Sure, and free airstrikes, free public executions and a free one-way ticket. The recruiters' fairy tale does not survive the facts.",
    ar="'تعال إلى الخلافة، لدينا مستشفيات مجانية!' طبعا، وغارات مجانية وإعدامات علنية مجانية وتذكرة ذهاب بلا عودة. حكاية المجندين لا تصمد أمام الحقائق.",
    fr="« Viens au califat, on a des hôpitaux gratuits ! » Bien sûr, et des frappes aériennes gratuites, des exécutions publiques gratuites et un aller simple offert. Le conte des recruteurs ne résiste pas aux faits.",
    de="'Komm ins Kalifat, wir haben kostenlose Krankenhäuser!' Klar, und kostenlose Luftangriffe, kostenlose öffentliche Hinrichtungen und ein Ticket ohne Rückfahrt. Das Märchen der Anwerber hält den Fakten nicht stand.",
    ru="«Приезжай в халифат, у нас бесплатные больницы!» Конечно, а еще бесплатные авиаудары, бесплатные публичные казни и билет в один конец. Сказка вербовщиков не выдерживает фактов.",
    tr="'Hilafete gel, bedava hastanelerimiz var!' Tabii, bir de bedava hava saldırıları, bedava idamlar ve tek yön bilet. İşe alımcıların masalı gerçeklere dayanamıyor.",
)
add(
    "cs-victimhood-abused",
    CS,
    0,
    "",
    en="Yes, civilians in Syria and Iraq suffered terribly under the bombs. ISIS exploits that pain to recruit, then puts the same civilians in front of its fighters as shields.",
    ar="نعم، عانى المدنيون في سوريا والعراق كثيرا تحت القصف. تستغل داعش هذا الألم للتجنيد، ثم تضع المدنيين أنفسهم دروعا أمام مقاتليها.",
    fr="Oui, les civils en Syrie et en Irak ont terriblement souffert sous les bombes. Daech exploite cette douleur pour recruter, puis place ces mêmes civils comme boucliers devant ses combattants.",
    de="Ja, die Zivilisten in Syrien und im Irak haben unter den Bomben schrecklich gelitten. Der IS nutzt diesen Schmerz zur Anwerbung und stellt dieselben Zivilisten dann als Schutzschilde vor seine Kämpfer.",
    ru="Да, мирные жители Сирии и Ирака страшно пострадали от бомб. ИГИЛ использует эту боль для вербовки, а потом ставит тех же мирных жителей живым щитом перед своими боевиками.",
    tr="Evet, Suriye ve Irak'taki siviller bombalar altında korkunç acılar çekti. IŞİD bu acıyı eleman toplamak için sömürüyor, sonra aynı sivilleri savaşçılarının önüne kalkan yapıyor.",
)
add(
    "cs-exit-program",
    CS,
    0,
    "",
    en="If someone in your family is being drawn into jihadist groups, exit counsellors can help confidentially. Leaving is possible, and nobody has to face it alone.",
    ar="إذا كان أحد أفراد عائلتك ينجذب إلى الجماعات الجهادية، يمكن لمستشاري الخروج المساعدة بسرية. الخروج ممكن، ولا أحد يجب أن يواجه ذلك وحده.",
    fr="Si un membre de ta famille est attiré par des groupes djihadistes, des conseillers de sortie peuvent aider en toute confidentialité. En sortir est possible, et personne ne doit affronter cela seul.",
    de="Wenn jemand in deiner Familie in dschihadistische Gruppen hineingezogen wird, können Ausstiegsberater vertraulich helfen. Aussteigen ist möglich, und niemand muss das allein schaffen.",
    ru="Если кого-то из вашей семьи затягивают в джихадистские группы, консультанты по выходу могут помочь конфиденциально. Выйти возможно, и никто не должен справляться с этим в одиночку.",
    tr="Ailenizden biri cihatçı gruplara çekiliyorsa, çıkış danışmanları gizlilik içinde yardım edebilir. Çıkmak mümkün ve kimse bununla tek başına yüzleşmek zorunda değil.",
)

# --------------------------------------------------------------------------------------------
# News about terrorism (label 0): reporting, neutral stance
# --------------------------------------------------------------------------------------------
N = "news_terror"
add(
    "n-claim",
    N,
    0,
    "",
    en="The Islamic State group claimed responsibility on Sunday for a suicide bombing at a checkpoint that killed at least twelve people, according to a statement circulated by its Amaq news agency.",
    ar="أعلن تنظيم الدولة الإسلامية يوم الأحد مسؤوليته عن تفجير انتحاري استهدف نقطة تفتيش وأسفر عن مقتل اثني عشر شخصا على الأقل، بحسب بيان نشرته وكالة أعماق التابعة له.",
    fr="Le groupe État islamique a revendiqué dimanche un attentat-suicide contre un poste de contrôle qui a fait au moins douze morts, selon un communiqué diffusé par son agence Amaq.",
    de="Die Terrormiliz Islamischer Staat hat sich am Sonntag zu einem Selbstmordanschlag auf einen Kontrollposten bekannt, bei dem mindestens zwölf Menschen starben, wie aus einer Erklärung ihres Sprachrohrs Amak hervorgeht.",
    ru="Группировка «Исламское государство» в воскресенье взяла на себя ответственность за взрыв смертника на блокпосту, погибли по меньшей мере двенадцать человек, говорится в заявлении ее агентства «Амак».",
    tr="IŞİD terör örgütü, en az on iki kişinin öldüğü kontrol noktasına yönelik intihar saldırısını pazar günü Amak ajansı aracılığıyla yaptığı açıklamayla üstlendi.",
)
add(
    "n-trial",
    N,
    0,
    "",
    en="A court sentenced a 24-year-old woman to six years in prison for membership in a terrorist organisation after she travelled to Syria in 2015 to join ISIS.",
    ar="قضت محكمة بسجن امرأة تبلغ 24 عاما ست سنوات بتهمة الانتماء إلى منظمة إرهابية بعد أن سافرت إلى سوريا عام 2015 للانضمام إلى داعش.",
    fr="Un tribunal a condamné une femme de 24 ans à six ans de prison pour appartenance à une organisation terroriste, après son départ en Syrie en 2015 pour rejoindre l'EI.",
    de="Ein Gericht hat eine 24-jährige Frau wegen Mitgliedschaft in einer terroristischen Vereinigung zu sechs Jahren Haft verurteilt, nachdem sie 2015 nach Syrien gereist war, um sich dem IS anzuschließen.",
    ru="Суд приговорил 24-летнюю женщину к шести годам лишения свободы за участие в террористической организации: в 2015 году она уехала в Сирию, чтобы присоединиться к ИГИЛ.",
    tr="Mahkeme, 2015'te IŞİD'e katılmak için Suriye'ye giden 24 yaşındaki bir kadını terör örgütü üyeliğinden altı yıl hapis cezasına çarptırdı.",
)
add(
    "n-raid",
    N,
    0,
    "",
    en="Police arrested three men in dawn raids on suspicion of planning an attack inspired by Islamic State propaganda; officers seized phones and laptops, prosecutors said.",
    ar="اعتقلت الشرطة ثلاثة رجال في مداهمات فجرية للاشتباه في تخطيطهم لهجوم مستوحى من دعاية تنظيم الدولة، وضبط الضباط هواتف وحواسيب، بحسب النيابة.",
    fr="La police a interpellé trois hommes lors de perquisitions à l'aube, soupçonnés de préparer un attentat inspiré par la propagande de l'État islamique ; téléphones et ordinateurs ont été saisis, selon le parquet.",
    de="Die Polizei hat bei Razzien im Morgengrauen drei Männer festgenommen, die verdächtigt werden, einen von IS-Propaganda inspirierten Anschlag geplant zu haben; Handys und Laptops wurden beschlagnahmt, teilte die Staatsanwaltschaft mit.",
    ru="Полиция задержала трех мужчин в ходе утренних обысков по подозрению в подготовке теракта, вдохновленного пропагандой ИГ; изъяты телефоны и ноутбуки, сообщила прокуратура.",
    tr="Polis, IŞİD propagandasından esinlenen bir saldırı planladıkları şüphesiyle üç kişiyi şafak operasyonlarında gözaltına aldı; savcılık telefon ve dizüstü bilgisayarlara el konulduğunu açıkladı.",
)
add(
    "n-raqqa",
    N,
    0,
    "",
    en="Three years after the fall of Raqqa, residents are rebuilding homes and the main hospital has reopened, though mines left by the militants still kill civilians every month.",
    ar="بعد ثلاث سنوات من سقوط الرقة، يعيد السكان بناء منازلهم وأعيد افتتاح المستشفى الرئيسي، رغم أن الألغام التي خلفها المسلحون ما زالت تقتل مدنيين كل شهر.",
    fr="Trois ans après la chute de Raqqa, les habitants reconstruisent leurs maisons et l'hôpital principal a rouvert, même si les mines laissées par les djihadistes tuent encore des civils chaque mois.",
    de="Drei Jahre nach dem Fall von Rakka bauen die Bewohner ihre Häuser wieder auf und das Hauptkrankenhaus ist wieder geöffnet, doch von den Dschihadisten hinterlassene Minen töten weiterhin jeden Monat Zivilisten.",
    ru="Через три года после падения Ракки жители восстанавливают дома, главная больница вновь открылась, хотя мины, оставленные боевиками, каждый месяц убивают мирных жителей.",
    tr="Rakka'nın düşüşünden üç yıl sonra sakinler evlerini yeniden inşa ediyor ve ana hastane yeniden açıldı, ancak militanların bıraktığı mayınlar hâlâ her ay sivilleri öldürüyor.",
)
add(
    "n-camps",
    N,
    0,
    "",
    en="Aid agencies warn that conditions in the al-Hol camp, where relatives of suspected ISIS fighters are held, are deteriorating, with children dying of preventable diseases.",
    ar="تحذر وكالات الإغاثة من تدهور الأوضاع في مخيم الهول، حيث يحتجز أقارب مشتبه بانتمائهم لداعش، مع وفاة أطفال بأمراض يمكن الوقاية منها.",
    fr="Les agences humanitaires alertent sur la dégradation des conditions dans le camp d'al-Hol, où sont retenus des proches de combattants présumés de l'EI, des enfants y meurent de maladies évitables.",
    de="Hilfsorganisationen warnen, dass sich die Lage im Lager al-Hol, wo Angehörige mutmaßlicher IS-Kämpfer festgehalten werden, verschlechtert; Kinder sterben an vermeidbaren Krankheiten.",
    ru="Гуманитарные организации предупреждают, что условия в лагере аль-Холь, где содержатся родственники предполагаемых боевиков ИГИЛ, ухудшаются, дети умирают от предотвратимых болезней.",
    tr="Yardım kuruluşları, şüpheli IŞİD militanlarının yakınlarının tutulduğu el-Hol kampındaki koşulların kötüleştiği ve çocukların önlenebilir hastalıklardan öldüğü uyarısında bulunuyor.",
)
add(
    "n-platform",
    N,
    0,
    "",
    en="The video platform said it removed more than 90,000 pieces of terrorist content in the last quarter, most of it detected automatically before anyone viewed it.",
    ar="قالت منصة الفيديو إنها أزالت أكثر من 90 ألف مادة إرهابية في الربع الأخير، رصد معظمها آليا قبل أن يشاهدها أحد.",
    fr="La plateforme vidéo affirme avoir retiré plus de 90 000 contenus terroristes au dernier trimestre, la plupart détectés automatiquement avant d'être vus.",
    de="Die Videoplattform gab an, im letzten Quartal mehr als 90.000 terroristische Inhalte entfernt zu haben, die meisten automatisch erkannt, bevor jemand sie sah.",
    ru="Видеоплатформа сообщила, что за последний квартал удалила более 90 000 единиц террористического контента, большую часть обнаружили автоматически до первого просмотра.",
    tr="Video platformu son çeyrekte 90 binden fazla terör içeriğini kaldırdığını, bunların çoğunun kimse izlemeden otomatik olarak tespit edildiğini açıkladı.",
)
add(
    "n-leader-killed",
    N,
    0,
    "",
    en="The United States said a special forces operation in northwest Syria killed the leader of the Islamic State; the group later confirmed his death and named a successor.",
    ar="قالت الولايات المتحدة إن عملية للقوات الخاصة في شمال غرب سوريا أسفرت عن مقتل زعيم تنظيم الدولة الإسلامية، وأكد التنظيم لاحقا مقتله وأعلن خليفة له.",
    fr="Les États-Unis ont annoncé qu'une opération des forces spéciales dans le nord-ouest de la Syrie avait tué le chef de l'État islamique ; le groupe a ensuite confirmé sa mort et désigné un successeur.",
    de="Die USA teilten mit, bei einem Einsatz von Spezialkräften im Nordwesten Syriens sei der Anführer des Islamischen Staates getötet worden; die Gruppe bestätigte später seinen Tod und ernannte einen Nachfolger.",
    ru="США заявили, что в ходе операции спецназа на северо-западе Сирии убит лидер «Исламского государства»; позже группировка подтвердила его гибель и назвала преемника.",
    tr="ABD, Suriye'nin kuzeybatısında düzenlenen özel kuvvetler operasyonunda IŞİD liderinin öldürüldüğünü açıkladı; örgüt daha sonra ölümünü doğrulayarak yeni bir lider atadı.",
)
add(
    "n-returnees",
    N,
    0,
    "",
    en="The government repatriated twelve women and thirty children from camps in northeast Syria; the women will face investigation for joining the so-called caliphate.",
    ar="أعادت الحكومة اثنتي عشرة امرأة وثلاثين طفلا من مخيمات شمال شرق سوريا، وستخضع النساء للتحقيق بتهمة الانضمام إلى ما يسمى الخلافة.",
    fr="Le gouvernement a rapatrié douze femmes et trente enfants des camps du nord-est syrien ; les femmes feront l'objet d'une enquête pour avoir rejoint le prétendu califat.",
    de="Die Regierung hat zwölf Frauen und dreißig Kinder aus Lagern im Nordosten Syriens zurückgeholt; gegen die Frauen wird wegen des Anschlusses an das sogenannte Kalifat ermittelt.",
    ru="Правительство вернуло на родину двенадцать женщин и тридцать детей из лагерей на северо-востоке Сирии; в отношении женщин проведут расследование за вступление в так называемый халифат.",
    tr="Hükümet, Suriye'nin kuzeydoğusundaki kamplardan on iki kadın ve otuz çocuğu ülkeye geri getirdi; kadınlar sözde hilafete katılmaktan soruşturulacak.",
)
add(
    "n-sahel",
    N,
    0,
    "",
    en="Fighters affiliated with Islamic State in the Sahel attacked a village near the border, killing at least twenty civilians, local officials told reporters.",
    ar="هاجم مسلحون مرتبطون بتنظيم الدولة في الساحل قرية قرب الحدود، ما أسفر عن مقتل عشرين مدنيا على الأقل، بحسب ما قاله مسؤولون محليون للصحفيين.",
    fr="Des combattants affiliés à l'État islamique au Sahel ont attaqué un village près de la frontière, tuant au moins vingt civils, ont indiqué des responsables locaux.",
    de="Mit dem Islamischen Staat verbundene Kämpfer im Sahel griffen ein Dorf nahe der Grenze an und töteten mindestens zwanzig Zivilisten, sagten örtliche Behörden.",
    ru="Боевики, связанные с «Исламским государством» в Сахеле, напали на деревню у границы и убили не менее двадцати мирных жителей, сообщили местные чиновники.",
    tr="Sahel'deki IŞİD bağlantılı militanlar sınır yakınındaki bir köye saldırarak en az yirmi sivili öldürdü, yerel yetkililer gazetecilere açıkladı.",
)
add(
    "n-anniversary",
    N,
    0,
    "",
    en="Families gathered on Friday to remember the 130 people killed in the coordinated attacks claimed by ISIS ten years ago; survivors read the names of the victims.",
    ar="تجمعت العائلات يوم الجمعة لإحياء ذكرى 130 شخصا قتلوا في الهجمات المنسقة التي تبناها داعش قبل عشر سنوات، وقرأ الناجون أسماء الضحايا.",
    fr="Les familles se sont réunies vendredi pour commémorer les 130 personnes tuées lors des attaques coordonnées revendiquées par l'EI il y a dix ans ; des survivants ont lu les noms des victimes.",
    de="Familien versammelten sich am Freitag, um der 130 Menschen zu gedenken, die vor zehn Jahren bei den vom IS beanspruchten koordinierten Anschlägen getötet wurden; Überlebende verlasen die Namen der Opfer.",
    ru="В пятницу семьи собрались, чтобы почтить память 130 человек, погибших десять лет назад в скоординированных терактах, ответственность за которые взяло ИГИЛ; выжившие зачитали имена жертв.",
    tr="Aileler, on yıl önce IŞİD'in üstlendiği koordineli saldırılarda hayatını kaybeden 130 kişiyi anmak için cuma günü bir araya geldi; hayatta kalanlar kurbanların isimlerini okudu.",
)

# --------------------------------------------------------------------------------------------
# Research about terrorism (label 0): analytical, quoting the themes in the third person
# --------------------------------------------------------------------------------------------
R = "research_terror"
add(
    "r-winter",
    R,
    0,
    "",
    en="Our content analysis of 1,146 Islamic State media releases finds that more than half depicted civilian life in the caliphate, such as markets, schools and hospitals, while fewer than one in ten showed combat.",
    fr="Notre analyse de contenu de 1 146 productions médiatiques de l'État islamique montre que plus de la moitié représentaient la vie civile dans le califat, marchés, écoles et hôpitaux, et moins d'une sur dix des combats.",
    de="Unsere Inhaltsanalyse von 1.146 Medienveröffentlichungen des Islamischen Staates zeigt, dass mehr als die Hälfte das zivile Leben im Kalifat darstellte, etwa Märkte, Schulen und Krankenhäuser, und weniger als jede zehnte Kämpfe.",
    ar="يظهر تحليلنا لمضمون 1146 إصدارا إعلاميا لتنظيم الدولة أن أكثر من نصفها صور الحياة المدنية في الخلافة كالأسواق والمدارس والمستشفيات، بينما أظهر أقل من واحد من كل عشرة القتال.",
    ru="Наш контент-анализ 1146 медиавыпусков «Исламского государства» показывает, что более половины изображали гражданскую жизнь в халифате — рынки, школы, больницы, — и менее одного из десяти показывали бои.",
    tr="İslam Devleti'nin 1.146 medya yayınına ilişkin içerik analizimiz, yayınların yarısından fazlasının pazarlar, okullar ve hastaneler gibi hilafetteki sivil yaşamı, ondan birinden azının ise çatışmayı gösterdiğini ortaya koyuyor.",
)
add(
    "r-utopia-appeal",
    R,
    0,
    "",
    en="We argue that the utopian narrative, promising belonging and purpose to alienated young Muslims in Europe, was more effective for recruitment than images of violence.",
    fr="Nous soutenons que le récit utopique, promettant appartenance et sens à de jeunes musulmans aliénés en Europe, a été plus efficace pour le recrutement que les images de violence.",
    de="Wir argumentieren, dass das utopische Narrativ, das entfremdeten jungen Muslimen in Europa Zugehörigkeit und Sinn versprach, für die Rekrutierung wirksamer war als Gewaltbilder.",
    ru="Мы утверждаем, что утопический нарратив, обещавший отчужденной мусульманской молодежи в Европе принадлежность и смысл, был эффективнее для вербовки, чем образы насилия.",
    tr="Avrupa'daki yabancılaşmış genç Müslümanlara aidiyet ve amaç vaat eden ütopik anlatının, işe alımda şiddet görüntülerinden daha etkili olduğunu savunuyoruz.",
    ar="نرى أن السردية الطوباوية التي وعدت الشباب المسلمين المغتربين في أوروبا بالانتماء والمعنى كانت أكثر فاعلية في التجنيد من صور العنف.",
)
add(
    "r-doctors",
    R,
    0,
    "",
    en="The paper examines the Islamic State's campaign to attract foreign medical professionals, including the 2015 video advertising its health service, and compares the claims with testimonies from Raqqa.",
    fr="L'article examine la campagne de l'État islamique visant à attirer des professionnels de santé étrangers, dont la vidéo de 2015 vantant son service de santé, et confronte ces affirmations aux témoignages de Raqqa.",
    de="Der Aufsatz untersucht die Kampagne des Islamischen Staates zur Anwerbung ausländischer Mediziner, darunter das Video von 2015 über seinen Gesundheitsdienst, und vergleicht die Behauptungen mit Zeugenaussagen aus Rakka.",
    ru="В статье рассматривается кампания «Исламского государства» по привлечению иностранных медиков, включая видео 2015 года о его службе здравоохранения, и заявления сравниваются со свидетельствами из Ракки.",
    tr="Makale, İslam Devleti'nin yabancı sağlık profesyonellerini çekme kampanyasını, sağlık hizmetini tanıtan 2015 videosu dahil inceliyor ve iddiaları Rakka'dan gelen tanıklıklarla karşılaştırıyor.",
    ar="تبحث الورقة حملة تنظيم الدولة لاستقطاب الكوادر الطبية الأجنبية، بما في ذلك مقطع 2015 الذي روج لخدمته الصحية، وتقارن ادعاءاته بشهادات من الرقة.",
)
add(
    "r-dataset",
    R,
    0,
    "",
    en="We release an annotated dataset of extremist and non-extremist posts and show that classifiers trained on keywords confuse counter-speech and news with propaganda.",
    fr="Nous publions un jeu de données annoté de messages extrémistes et non extrémistes et montrons que les classifieurs fondés sur des mots-clés confondent le contre-discours et l'actualité avec la propagande.",
    de="Wir veröffentlichen einen annotierten Datensatz extremistischer und nicht-extremistischer Beiträge und zeigen, dass schlagwortbasierte Klassifikatoren Gegenrede und Nachrichten mit Propaganda verwechseln.",
    ru="Мы публикуем размеченный набор экстремистских и неэкстремистских публикаций и показываем, что классификаторы на ключевых словах путают контрречь и новости с пропагандой.",
    tr="Aşırılıkçı ve aşırılıkçı olmayan paylaşımlardan oluşan etiketli bir veri seti yayımlıyor ve anahtar kelimeye dayalı sınıflandırıcıların karşı söylem ile haberleri propagandayla karıştırdığını gösteriyoruz.",
    ar="ننشر مجموعة بيانات مصنفة لمنشورات متطرفة وغير متطرفة، ونبين أن المصنفات المعتمدة على الكلمات المفتاحية تخلط بين الخطاب المضاد والأخبار والدعاية.",
)
add(
    "r-women",
    R,
    0,
    "",
    en="Interviews with returnees suggest that women were drawn less by ideology than by promises of marriage, piety and escape from discrimination, themes the group's English-language magazines exploited systematically.",
    fr="Les entretiens avec des revenantes suggèrent que les femmes étaient moins attirées par l'idéologie que par des promesses de mariage, de piété et d'échapper aux discriminations, thèmes exploités systématiquement par les magazines du groupe.",
    de="Interviews mit Rückkehrerinnen legen nahe, dass Frauen weniger von der Ideologie als von Versprechen von Ehe, Frömmigkeit und Flucht vor Diskriminierung angezogen wurden, Themen, die die Magazine der Gruppe systematisch ausnutzten.",
    ru="Интервью с вернувшимися женщинами показывают, что их привлекала не столько идеология, сколько обещания брака, благочестия и избавления от дискриминации — темы, которые журналы группировки эксплуатировали систематически.",
    tr="Geri dönen kadınlarla yapılan görüşmeler, kadınları ideolojiden çok evlilik, dindarlık ve ayrımcılıktan kurtulma vaatlerinin çektiğini, örgütün dergilerinin bu temaları sistematik olarak istismar ettiğini gösteriyor.",
    ar="تشير المقابلات مع العائدات إلى أن النساء انجذبن بوعود الزواج والتدين والهروب من التمييز أكثر من الأيديولوجيا، وهي موضوعات استغلتها مجلات التنظيم بشكل منهجي.",
)
add(
    "r-telegram",
    R,
    0,
    "",
    en="After the takedowns on Twitter, Islamic State supporters migrated to Telegram channels; we measure how quickly content reappeared and which narratives dominated between 2016 and 2019.",
    fr="Après les suppressions sur Twitter, les partisans de l'État islamique ont migré vers Telegram ; nous mesurons la vitesse de réapparition des contenus et les récits dominants entre 2016 et 2019.",
    de="Nach den Sperrungen auf Twitter wanderten Unterstützer des Islamischen Staates zu Telegram-Kanälen ab; wir messen, wie schnell Inhalte wieder auftauchten und welche Narrative zwischen 2016 und 2019 dominierten.",
    ru="После блокировок в Twitter сторонники «Исламского государства» перешли в Telegram-каналы; мы измеряем, как быстро контент появлялся вновь и какие нарративы доминировали в 2016–2019 годах.",
    tr="Twitter'daki kapatmaların ardından İslam Devleti destekçileri Telegram kanallarına geçti; içeriğin ne kadar hızlı yeniden ortaya çıktığını ve 2016-2019 arasında hangi anlatıların baskın olduğunu ölçüyoruz.",
    ar="بعد حملات الحذف على تويتر انتقل أنصار تنظيم الدولة إلى قنوات تيليغرام، ونقيس سرعة عودة المحتوى والسرديات المهيمنة بين 2016 و2019.",
)
add(
    "r-mercy-narrative",
    R,
    0,
    "",
    en="The so-called mercy narrative, offering amnesty to defecting soldiers and tribes, served to present the organisation as a legitimate state rather than a militia, according to our coding of official releases.",
    fr="Le récit dit de la miséricorde, offrant l'amnistie aux soldats et aux tribus ralliés, servait à présenter l'organisation comme un État légitime plutôt qu'une milice, selon notre codage des communiqués officiels.",
    de="Das sogenannte Gnaden-Narrativ, das überlaufenden Soldaten und Stämmen Amnestie anbot, diente laut unserer Kodierung offizieller Veröffentlichungen dazu, die Organisation als legitimen Staat statt als Miliz darzustellen.",
    ru="Так называемый нарратив милосердия, предлагавший амнистию перешедшим на сторону группировки солдатам и племенам, служил, согласно нашему кодированию официальных материалов, для представления организации как законного государства, а не ополчения.",
    tr="Resmî yayınları kodlamamıza göre, saf değiştiren askerlere ve aşiretlere af sunan sözde merhamet anlatısı, örgütü bir milis değil meşru bir devlet olarak sunmaya hizmet ediyordu.",
    ar="بحسب ترميزنا للإصدارات الرسمية، خدمت ما تسمى سردية الرحمة، التي عرضت العفو على الجنود والعشائر المنشقين، في تقديم التنظيم دولة شرعية لا ميليشيا.",
)

# --------------------------------------------------------------------------------------------
# Statements of faith practice (label 0)
# --------------------------------------------------------------------------------------------
F = "faith_practice"
add(
    "f-ramadan",
    F,
    0,
    "",
    en="Ramadan Mubarak to all my brothers and sisters! May Allah accept our fasting, our prayers and our charity, and bring peace to every home.",
    ar="رمضان مبارك لكل إخوتي وأخواتي! تقبل الله صيامنا وصلاتنا وصدقاتنا، وأنزل السلام على كل بيت.",
    fr="Ramadan moubarak à tous mes frères et sœurs ! Qu'Allah accepte notre jeûne, nos prières et nos aumônes, et apporte la paix dans chaque foyer.",
    de="Ramadan Mubarak an alle meine Brüder und Schwestern! Möge Allah unser Fasten, unsere Gebete und unsere Spenden annehmen und Frieden in jedes Haus bringen.",
    ru="Рамадан мубарак всем моим братьям и сестрам! Пусть Аллах примет наш пост, молитвы и милостыню и принесет мир в каждый дом.",
    tr="Bütün kardeşlerimin Ramazanı mübarek olsun! Allah oruçlarımızı, dualarımızı ve sadakalarımızı kabul etsin, her eve huzur versin.",
)
add(
    "f-jummah",
    F,
    0,
    "",
    en="Jummah reminder: the khutbah today was about patience and kindness to neighbours. Don't forget to read Surah al-Kahf and send salawat on the Prophet.",
    ar="تذكير الجمعة: كانت خطبة اليوم عن الصبر والإحسان إلى الجيران. لا تنسوا قراءة سورة الكهف والصلاة على النبي.",
    fr="Rappel du vendredi : le sermon d'aujourd'hui portait sur la patience et la bonté envers les voisins. N'oubliez pas de lire la sourate al-Kahf et de prier sur le Prophète.",
    de="Erinnerung zum Freitag: Die Predigt heute ging um Geduld und Freundlichkeit gegenüber Nachbarn. Vergesst nicht, Sure al-Kahf zu lesen und Segenswünsche auf den Propheten zu sprechen.",
    ru="Пятничное напоминание: сегодня хутба была о терпении и доброте к соседям. Не забудьте прочитать суру «аль-Кахф» и произнести салават Пророку.",
    tr="Cuma hatırlatması: bugünkü hutbe sabır ve komşulara iyilik hakkındaydı. Kehf suresini okumayı ve Peygamber'e salavat getirmeyi unutmayın.",
)
add(
    "f-hajj",
    F,
    0,
    "",
    en="Alhamdulillah, after saving for twelve years my parents are finally going on Hajj this year. Please keep them in your duas.",
    ar="الحمد لله، بعد ادخار اثنتي عشرة سنة سيذهب والداي أخيرا إلى الحج هذا العام. أرجوكم لا تنسوهما من دعائكم.",
    fr="Al hamdoulillah, après douze ans d'économies mes parents partent enfin au hajj cette année. Gardez-les dans vos invocations.",
    de="Alhamdulillah, nach zwölf Jahren Sparen fahren meine Eltern dieses Jahr endlich zum Hadsch. Bitte schließt sie in eure Bittgebete ein.",
    ru="Альхамдулиллях, после двенадцати лет накоплений мои родители в этом году наконец едут в хадж. Пожалуйста, не забывайте их в своих дуа.",
    tr="Elhamdülillah, on iki yıl biriktirdikten sonra annemle babam nihayet bu yıl hacca gidiyor. Lütfen onları dualarınızda unutmayın.",
)
add(
    "f-hijab",
    F,
    0,
    "",
    en="I started wearing the hijab this year. It was my own choice, for my relationship with God, and my colleagues at the hospital have been wonderfully supportive.",
    ar="بدأت ارتداء الحجاب هذا العام. كان اختياري وحدي من أجل علاقتي بالله، وزملائي في المستشفى كانوا داعمين بشكل رائع.",
    fr="J'ai commencé à porter le voile cette année. C'était mon propre choix, pour ma relation avec Dieu, et mes collègues de l'hôpital m'ont merveilleusement soutenue.",
    de="Ich habe dieses Jahr angefangen, das Kopftuch zu tragen. Es war meine eigene Entscheidung, für meine Beziehung zu Gott, und meine Kollegen im Krankenhaus unterstützen mich wunderbar.",
    ru="В этом году я начала носить хиджаб. Это был мой собственный выбор ради моих отношений с Богом, и коллеги в больнице меня замечательно поддержали.",
    tr="Bu yıl başörtüsü takmaya başladım. Allah'la ilişkim için kendi seçimimdi ve hastanedeki meslektaşlarım bana harika destek oldu.",
)
add(
    "f-eid",
    F,
    0,
    "",
    en="Eid prayer at the park at 8am, followed by breakfast for everyone, Muslims and neighbours alike. Bring the kids, there will be games and sweets!",
    ar="صلاة العيد في الحديقة الساعة الثامنة صباحا، يليها إفطار للجميع، مسلمين وجيرانا. أحضروا الأطفال، ستكون هناك ألعاب وحلويات!",
    fr="Prière de l'Aïd au parc à 8 h, suivie d'un petit-déjeuner pour tous, musulmans et voisins. Amenez les enfants, il y aura des jeux et des douceurs !",
    de="Eid-Gebet um 8 Uhr im Park, danach Frühstück für alle, Muslime wie Nachbarn. Bringt die Kinder mit, es gibt Spiele und Süßigkeiten!",
    ru="Праздничная молитва в парке в 8 утра, после нее завтрак для всех — мусульман и соседей. Приводите детей, будут игры и сладости!",
    tr="Bayram namazı sabah 8'de parkta, ardından Müslüman ve komşu herkese kahvaltı. Çocukları getirin, oyunlar ve tatlılar olacak!",
)
add(
    "f-dua",
    F,
    0,
    "",
    en="O Allah, forgive us, guide our hearts, protect our families and grant us the good of this world and the good of the hereafter. Ameen.",
    ar="اللهم اغفر لنا واهد قلوبنا واحفظ أهلنا وآتنا في الدنيا حسنة وفي الآخرة حسنة. آمين.",
    fr="Ô Allah, pardonne-nous, guide nos cœurs, protège nos familles et accorde-nous le bien de ce monde et le bien de l'au-delà. Amine.",
    de="O Allah, vergib uns, leite unsere Herzen, beschütze unsere Familien und gib uns das Gute im Diesseits und das Gute im Jenseits. Amin.",
    ru="О Аллах, прости нас, направь наши сердца, защити наши семьи и даруй нам благо в этом мире и благо в мире вечном. Амин.",
    tr="Allah'ım, bizi bağışla, kalplerimize hidayet ver, ailelerimizi koru ve bize dünyada da ahirette de iyilik ver. Amin.",
)
add(
    "f-quran-class",
    F,
    0,
    "",
    en="Our mosque is starting weekend Qur'an classes for kids aged 6 to 12, with tajweed and Islamic manners. Registration at the front desk after Maghrib.",
    ar="يبدأ مسجدنا دروس قرآن في عطلة نهاية الأسبوع للأطفال من 6 إلى 12 عاما، مع التجويد والآداب الإسلامية. التسجيل في الاستقبال بعد المغرب.",
    fr="Notre mosquée lance des cours de Coran le week-end pour les enfants de 6 à 12 ans, avec tajwid et bonnes manières islamiques. Inscriptions à l'accueil après le Maghreb.",
    de="Unsere Moschee startet Koranunterricht am Wochenende für Kinder von 6 bis 12 Jahren, mit Tadschwid und islamischen Umgangsformen. Anmeldung am Empfang nach dem Maghrib-Gebet.",
    ru="Наша мечеть открывает занятия по Корану по выходным для детей от 6 до 12 лет, с таджвидом и исламским этикетом. Запись на стойке после магриба.",
    tr="Camimiz 6-12 yaş arası çocuklar için hafta sonu tecvit ve İslami adap içeren Kur'an kursu başlatıyor. Kayıtlar akşam namazından sonra girişte.",
)
add(
    "f-convert",
    F,
    0,
    "",
    en="Five years ago today I took my shahada. Islam gave me peace, a sense of purpose and a community that welcomed me like family. Grateful every day.",
    ar="قبل خمس سنوات في مثل هذا اليوم نطقت بالشهادة. منحني الإسلام السكينة والمعنى ومجتمعا استقبلني كأنني من العائلة. ممتن كل يوم.",
    fr="Il y a cinq ans jour pour jour, je prononçais la chahada. L'islam m'a apporté la paix, un sens et une communauté qui m'a accueilli comme un membre de la famille. Reconnaissant chaque jour.",
    de="Heute vor fünf Jahren habe ich die Schahada gesprochen. Der Islam gab mir Frieden, einen Sinn und eine Gemeinschaft, die mich wie Familie aufgenommen hat. Jeden Tag dankbar.",
    ru="Пять лет назад в этот день я произнес шахаду. Ислам дал мне покой, смысл и общину, которая приняла меня как родного. Благодарен каждый день.",
    tr="Beş yıl önce bugün kelime-i şehadet getirdim. İslam bana huzur, bir amaç ve beni aileden biri gibi karşılayan bir topluluk verdi. Her gün şükrediyorum.",
)
add(
    "f-zakat",
    F,
    0,
    "",
    en="Reminder to calculate your zakat before the end of Ramadan. Our local food bank distributes it to families in need in our city, regardless of their religion.",
    ar="تذكير بحساب زكاتكم قبل نهاية رمضان. بنك الطعام المحلي يوزعها على الأسر المحتاجة في مدينتنا بغض النظر عن دينها.",
    fr="Pensez à calculer votre zakat avant la fin du ramadan. La banque alimentaire de notre quartier la distribue aux familles dans le besoin de notre ville, quelle que soit leur religion.",
    de="Denkt daran, eure Zakat vor dem Ende des Ramadan zu berechnen. Unsere örtliche Tafel verteilt sie an bedürftige Familien in unserer Stadt, unabhängig von ihrer Religion.",
    ru="Напоминаем рассчитать закят до конца Рамадана. Наш местный продовольственный банк раздает его нуждающимся семьям города независимо от их религии.",
    tr="Zekâtınızı Ramazan bitmeden hesaplamayı unutmayın. Yerel gıda bankamız bunu dini ne olursa olsun şehrimizdeki ihtiyaç sahibi ailelere dağıtıyor.",
)
add(
    "f-interfaith",
    F,
    0,
    "",
    en="Tonight the mosque, the church and the synagogue on our street share an iftar together. Different prayers, one neighbourhood.",
    ar="الليلة يتشارك المسجد والكنيسة والكنيس في شارعنا مائدة إفطار واحدة. صلوات مختلفة وحي واحد.",
    fr="Ce soir, la mosquée, l'église et la synagogue de notre rue partagent un iftar. Des prières différentes, un seul quartier.",
    de="Heute Abend teilen die Moschee, die Kirche und die Synagoge in unserer Straße ein gemeinsames Iftar. Verschiedene Gebete, eine Nachbarschaft.",
    ru="Сегодня вечером мечеть, церковь и синагога нашей улицы вместе проводят ифтар. Разные молитвы, один район.",
    tr="Bu akşam sokağımızdaki cami, kilise ve sinagog birlikte iftar yapıyor. Farklı dualar, tek mahalle.",
)
add(
    "f-tawheed",
    F,
    0,
    "",
    en="La ilaha illallah: there is no god but God. Tawheed is the heart of my faith, and it teaches me humility, honesty and mercy toward every creature.",
    ar="لا إله إلا الله. التوحيد قلب إيماني، وهو يعلمني التواضع والصدق والرحمة بكل مخلوق.",
    fr="La ilaha illa Allah : il n'y a de dieu que Dieu. Le tawhid est le cœur de ma foi, il m'apprend l'humilité, l'honnêteté et la miséricorde envers toute créature.",
    de="La ilaha illallah: Es gibt keinen Gott außer Gott. Tauhid ist das Herz meines Glaubens und lehrt mich Demut, Ehrlichkeit und Barmherzigkeit gegenüber jedem Geschöpf.",
    ru="Ля иляха илля Ллах: нет бога, кроме Бога. Таухид — сердце моей веры, он учит меня смирению, честности и милосердию ко всякому творению.",
    tr="La ilahe illallah: Allah'tan başka ilah yoktur. Tevhid imanımın kalbidir; bana tevazu, dürüstlük ve her canlıya merhamet öğretir.",
)
add(
    "f-hijrah-umrah",
    F,
    0,
    "",
    en="Leaving for Umrah tomorrow with my mother, inshallah. The Prophet's mosque in Madinah has been my dream since I was a child.",
    ar="مسافر غدا لأداء العمرة مع أمي إن شاء الله. المسجد النبوي في المدينة حلمي منذ الطفولة.",
    fr="Je pars demain pour la omra avec ma mère, inch'Allah. La mosquée du Prophète à Médine est mon rêve depuis l'enfance.",
    de="Morgen fliege ich mit meiner Mutter zur Umra, inschallah. Die Prophetenmoschee in Medina ist seit meiner Kindheit mein Traum.",
    ru="Завтра, иншаАллах, улетаю с мамой на умру. Мечеть Пророка в Медине — моя мечта с детства.",
    tr="İnşallah yarın annemle umreye gidiyorum. Medine'deki Peygamber Mescidi çocukluğumdan beri hayalim.",
)
add(
    "f-brotherhood-mosque",
    F,
    0,
    "",
    en="What I love about our mosque: the Somali uncle, the Bosnian student and the Pakistani taxi driver praying shoulder to shoulder. Islam really is a brotherhood.",
    ar="ما أحبه في مسجدنا: العم الصومالي والطالب البوسني وسائق التاكسي الباكستاني يصلون كتفا بكتف. الإسلام حقا أخوة.",
    fr="Ce que j'aime dans notre mosquée : l'oncle somalien, l'étudiant bosnien et le chauffeur de taxi pakistanais qui prient épaule contre épaule. L'islam est vraiment une fraternité.",
    de="Was ich an unserer Moschee liebe: der somalische Onkel, der bosnische Student und der pakistanische Taxifahrer beten Schulter an Schulter. Der Islam ist wirklich eine Brüderlichkeit.",
    ru="Что я люблю в нашей мечети: сомалийский дядя, боснийский студент и пакистанский таксист молятся плечом к плечу. Ислам — это действительно братство.",
    tr="Camimizde sevdiğim şey: Somalili amca, Boşnak öğrenci ve Pakistanlı taksici omuz omuza namaz kılıyor. İslam gerçekten bir kardeşlik.",
)

# --------------------------------------------------------------------------------------------
# Humanitarian and medical appeals (label 0): genuine, neutral, MSF-style
# --------------------------------------------------------------------------------------------
H = "humanitarian_appeal"
add(
    "h-msf-surgeons",
    H,
    0,
    "",
    en="We are urgently recruiting surgeons, anaesthetists and emergency nurses for our trauma hospitals in conflict zones. Missions last 6 to 12 weeks; medical care is given to everyone regardless of side, religion or origin.",
    ar="نبحث بشكل عاجل عن جراحين وأطباء تخدير وممرضين للطوارئ للعمل في مستشفيات الإصابات لدينا في مناطق النزاع. تستمر المهمات من 6 إلى 12 أسبوعا، وتقدم الرعاية للجميع بغض النظر عن الطرف أو الدين أو الأصل.",
    fr="Nous recrutons en urgence des chirurgiens, des anesthésistes et des infirmiers urgentistes pour nos hôpitaux de traumatologie en zones de conflit. Missions de 6 à 12 semaines ; les soins sont donnés à tous, quels que soient le camp, la religion ou l'origine.",
    de="Wir suchen dringend Chirurgen, Anästhesisten und Notfallpflegekräfte für unsere Traumakliniken in Konfliktgebieten. Einsätze dauern 6 bis 12 Wochen; behandelt wird jeder, unabhängig von Seite, Religion oder Herkunft.",
    ru="Мы срочно набираем хирургов, анестезиологов и медсестер неотложной помощи в наши травматологические больницы в зонах конфликтов. Миссии длятся от 6 до 12 недель; помощь оказывается всем, независимо от стороны, религии или происхождения.",
    tr="Çatışma bölgelerindeki travma hastanelerimiz için acilen cerrah, anestezist ve acil hemşiresi arıyoruz. Görevler 6 ila 12 hafta sürüyor; tedavi taraf, din veya köken gözetmeksizin herkese veriliyor.",
)
add(
    "h-syria-doctors",
    H,
    0,
    "",
    en="Syrian doctors abroad: the hospitals of northwest Syria have lost half their specialists. Join our volunteer rotation and help train local medical students through the NGO's remote teaching programme.",
    ar="أيها الأطباء السوريون في الخارج: فقدت مستشفيات شمال غرب سوريا نصف اختصاصييها. انضموا إلى جدول التطوع لدينا وساعدوا في تدريب طلاب الطب المحليين عبر برنامج التعليم عن بعد التابع للمنظمة.",
    fr="Médecins syriens de l'étranger : les hôpitaux du nord-ouest de la Syrie ont perdu la moitié de leurs spécialistes. Rejoignez notre rotation de bénévoles et aidez à former les étudiants en médecine locaux grâce au programme d'enseignement à distance de l'ONG.",
    de="Syrische Ärztinnen und Ärzte im Ausland: Die Krankenhäuser im Nordwesten Syriens haben die Hälfte ihrer Fachärzte verloren. Macht bei unserer Freiwilligenrotation mit und helft, über das Fernlehrprogramm der NGO lokale Medizinstudierende auszubilden.",
    ru="Сирийские врачи за рубежом: больницы северо-запада Сирии потеряли половину специалистов. Присоединяйтесь к нашей волонтерской ротации и помогайте обучать местных студентов-медиков через программу дистанционного обучения организации.",
    tr="Yurt dışındaki Suriyeli doktorlar: Kuzeybatı Suriye'deki hastaneler uzmanlarının yarısını kaybetti. Gönüllü rotasyonumuza katılın ve derneğin uzaktan eğitim programıyla yerel tıp öğrencilerinin yetişmesine yardım edin.",
)
add(
    "h-gaza-donate",
    H,
    0,
    "",
    en="Hospitals in Gaza are running out of fuel, anaesthetics and clean water. Please donate to the Red Crescent appeal; every contribution helps keep operating theatres open.",
    ar="المستشفيات في غزة تنفد منها الوقود والمخدرات والمياه النظيفة. يرجى التبرع لنداء الهلال الأحمر، فكل مساهمة تساعد على إبقاء غرف العمليات مفتوحة.",
    fr="Les hôpitaux de Gaza manquent de carburant, d'anesthésiques et d'eau potable. Donnez à l'appel du Croissant-Rouge ; chaque contribution aide à garder les blocs opératoires ouverts.",
    de="Den Krankenhäusern in Gaza gehen Treibstoff, Narkosemittel und sauberes Wasser aus. Bitte spendet für den Aufruf des Roten Halbmonds; jeder Beitrag hilft, die OP-Säle offen zu halten.",
    ru="В больницах Газы заканчиваются топливо, анестетики и чистая вода. Пожалуйста, поддержите сбор Красного Полумесяца; каждый вклад помогает операционным работать.",
    tr="Gazze'deki hastanelerde yakıt, anestezi ilacı ve temiz su tükeniyor. Lütfen Kızılay'ın yardım kampanyasına bağış yapın; her katkı ameliyathanelerin açık kalmasına yardım ediyor.",
)
add(
    "h-earthquake",
    H,
    0,
    "",
    en="After the earthquake, field hospitals need volunteer doctors, nurses and psychologists. Register with the national medical association; travel and insurance are covered by the relief organisation.",
    ar="بعد الزلزال تحتاج المستشفيات الميدانية إلى أطباء وممرضين وأخصائيين نفسيين متطوعين. سجلوا لدى النقابة الطبية الوطنية، وتتكفل منظمة الإغاثة بالسفر والتأمين.",
    fr="Après le séisme, les hôpitaux de campagne ont besoin de médecins, d'infirmiers et de psychologues bénévoles. Inscrivez-vous auprès de l'ordre des médecins ; le voyage et l'assurance sont pris en charge par l'organisation de secours.",
    de="Nach dem Erdbeben brauchen die Feldlazarette freiwillige Ärzte, Pflegekräfte und Psychologen. Meldet euch bei der Ärztekammer; Reise und Versicherung übernimmt die Hilfsorganisation.",
    ru="После землетрясения полевым госпиталям нужны врачи, медсестры и психологи-добровольцы. Регистрируйтесь в национальной медицинской ассоциации; дорогу и страховку оплачивает гуманитарная организация.",
    tr="Depremin ardından sahra hastanelerinin gönüllü doktor, hemşire ve psikologlara ihtiyacı var. Tabip birliğine kayıt olun; yol ve sigorta masrafları yardım kuruluşu tarafından karşılanıyor.",
)
add(
    "h-yemen-cholera",
    H,
    0,
    "",
    en="Cholera is spreading in Yemen. Our teams need epidemiologists, nurses and logisticians for treatment centres. Apply through the website; all staff follow the principles of neutrality and impartiality.",
    ar="الكوليرا تنتشر في اليمن. تحتاج فرقنا إلى أخصائيي أوبئة وممرضين وأخصائيي لوجستيات لمراكز العلاج. قدموا عبر الموقع، ويلتزم جميع العاملين بمبادئ الحياد وعدم التحيز.",
    fr="Le choléra se propage au Yémen. Nos équipes ont besoin d'épidémiologistes, d'infirmiers et de logisticiens pour les centres de traitement. Postulez sur le site ; tout le personnel respecte les principes de neutralité et d'impartialité.",
    de="In Jemen breitet sich die Cholera aus. Unsere Teams brauchen Epidemiologen, Pflegekräfte und Logistiker für Behandlungszentren. Bewerbt euch über die Website; alle Mitarbeitenden folgen den Grundsätzen von Neutralität und Unparteilichkeit.",
    ru="В Йемене распространяется холера. Нашим командам нужны эпидемиологи, медсестры и логисты для лечебных центров. Подавайте заявки на сайте; весь персонал соблюдает принципы нейтральности и беспристрастности.",
    tr="Yemen'de kolera yayılıyor. Ekiplerimizin tedavi merkezleri için epidemiyolog, hemşire ve lojistik uzmanına ihtiyacı var. Web sitesinden başvurun; tüm personel tarafsızlık ve yansızlık ilkelerine uyar.",
)
add(
    "h-orphans",
    H,
    0,
    "",
    en="Sponsor an orphan in Iraq this Ramadan: your monthly gift pays for school, food and healthcare. Our charity is registered and publishes audited accounts every year.",
    ar="اكفل يتيما في العراق في رمضان هذا: هديتك الشهرية تغطي المدرسة والغذاء والرعاية الصحية. جمعيتنا مسجلة وتنشر حسابات مدققة كل عام.",
    fr="Parrainez un orphelin en Irak ce ramadan : votre don mensuel paie l'école, la nourriture et les soins. Notre association est enregistrée et publie des comptes audités chaque année.",
    de="Übernehmt in diesem Ramadan eine Patenschaft für ein Waisenkind im Irak: Eure monatliche Spende bezahlt Schule, Essen und Gesundheitsversorgung. Unser Verein ist eingetragen und veröffentlicht jedes Jahr geprüfte Abschlüsse.",
    ru="Возьмите под опеку сироту в Ираке в этот Рамадан: ваш ежемесячный взнос оплачивает школу, еду и лечение. Наш фонд зарегистрирован и ежегодно публикует проверенную отчетность.",
    tr="Bu Ramazan Irak'ta bir yetime sponsor olun: aylık bağışınız okul, yemek ve sağlık masraflarını karşılıyor. Derneğimiz tescillidir ve her yıl denetlenmiş hesaplarını yayımlar.",
)
add(
    "h-mosul-rebuild",
    H,
    0,
    "",
    en="Help rebuild the maternity ward of a hospital in Mosul destroyed during the war against ISIS. We need midwives to train local staff and donations for equipment.",
    ar="ساعدوا في إعادة بناء قسم الولادة في مستشفى بالموصل دمر خلال الحرب على داعش. نحتاج قابلات لتدريب الكوادر المحلية وتبرعات للمعدات.",
    fr="Aidez à reconstruire la maternité d'un hôpital de Mossoul détruite pendant la guerre contre Daech. Nous avons besoin de sages-femmes pour former le personnel local et de dons pour l'équipement.",
    de="Helft beim Wiederaufbau der Geburtsstation eines Krankenhauses in Mossul, die im Krieg gegen den IS zerstört wurde. Wir brauchen Hebammen, die lokales Personal schulen, und Spenden für Ausrüstung.",
    ru="Помогите восстановить родильное отделение больницы в Мосуле, разрушенное во время войны с ИГИЛ. Нам нужны акушерки для обучения местного персонала и пожертвования на оборудование.",
    tr="IŞİD'e karşı savaşta yıkılan Musul'daki bir hastanenin doğum servisini yeniden inşa etmemize yardım edin. Yerel personeli eğitecek ebelere ve ekipman için bağışa ihtiyacımız var.",
)
add(
    "h-refugee-clinic",
    H,
    0,
    "",
    en="Our free clinic for refugees needs Arabic- and Turkish-speaking volunteer doctors on Saturdays. No religious or political affiliation; we simply treat people.",
    ar="تحتاج عيادتنا المجانية للاجئين إلى أطباء متطوعين يتحدثون العربية والتركية أيام السبت. لا انتماء دينيا أو سياسيا، نحن فقط نعالج الناس.",
    fr="Notre clinique gratuite pour réfugiés cherche des médecins bénévoles parlant arabe et turc le samedi. Aucune affiliation religieuse ou politique : nous soignons simplement les gens.",
    de="Unsere kostenlose Klinik für Geflüchtete sucht samstags ehrenamtliche Ärzte, die Arabisch und Türkisch sprechen. Keine religiöse oder politische Bindung; wir behandeln einfach Menschen.",
    ru="Нашей бесплатной клинике для беженцев по субботам нужны врачи-волонтеры, говорящие по-арабски и по-турецки. Никакой религиозной или политической принадлежности — мы просто лечим людей.",
    tr="Mülteciler için ücretsiz kliniğimizin cumartesi günleri Arapça ve Türkçe konuşan gönüllü doktorlara ihtiyacı var. Dini veya siyasi bir bağlantımız yok; sadece insanları tedavi ediyoruz.",
)
add(
    "h-blood-drive",
    H,
    0,
    "",
    en="Blood donors needed: the regional hospital is treating dozens of wounded after the bombing. Donation points are open at the university and the central mosque until 10pm.",
    ar="مطلوب متبرعون بالدم: المستشفى الإقليمي يعالج عشرات الجرحى بعد التفجير. نقاط التبرع مفتوحة في الجامعة والمسجد المركزي حتى العاشرة ليلا.",
    fr="Appel aux donneurs de sang : l'hôpital régional soigne des dizaines de blessés après l'attentat. Les points de collecte sont ouverts à l'université et à la grande mosquée jusqu'à 22 h.",
    de="Blutspender gesucht: Das Regionalkrankenhaus behandelt nach dem Anschlag Dutzende Verletzte. Spendenstellen sind an der Universität und in der Zentralmoschee bis 22 Uhr geöffnet.",
    ru="Нужны доноры крови: областная больница лечит десятки раненых после взрыва. Пункты сдачи крови работают в университете и в центральной мечети до 22:00.",
    tr="Kan bağışçısı aranıyor: bölge hastanesi patlamanın ardından onlarca yaralıyı tedavi ediyor. Bağış noktaları üniversitede ve merkez camide saat 22.00'ye kadar açık.",
)

# --------------------------------------------------------------------------------------------
# Scripture, including verses on fighting (label 0): our own renderings of the meaning
# --------------------------------------------------------------------------------------------
S = "scripture"
add(
    "s-2-190",
    S,
    0,
    "",
    ar="وَقَاتِلُوا فِي سَبِيلِ اللَّهِ الَّذِينَ يُقَاتِلُونَكُمْ وَلَا تَعْتَدُوا إِنَّ اللَّهَ لَا يُحِبُّ الْمُعْتَدِينَ",
    en="Fight in the way of God those who fight you, but do not transgress; God does not love transgressors. (Qur'an 2:190)",
    fr="Combattez dans le sentier de Dieu ceux qui vous combattent, mais ne transgressez pas ; Dieu n'aime pas les transgresseurs. (Coran 2:190)",
    de="Kämpft auf dem Weg Gottes gegen die, die gegen euch kämpfen, doch übertretet nicht; Gott liebt die Übertreter nicht. (Koran 2:190)",
    ru="Сражайтесь на пути Бога с теми, кто сражается с вами, но не преступайте границ: Бог не любит преступающих. (Коран 2:190)",
    tr="Sizinle savaşanlarla Allah yolunda savaşın, fakat aşırı gitmeyin; Allah aşırı gidenleri sevmez. (Bakara 190)",
)
add(
    "s-9-5",
    S,
    0,
    "",
    ar="فَإِذَا انسَلَخَ الْأَشْهُرُ الْحُرُمُ فَاقْتُلُوا الْمُشْرِكِينَ حَيْثُ وَجَدتُّمُوهُمْ وَخُذُوهُمْ وَاحْصُرُوهُمْ وَاقْعُدُوا لَهُمْ كُلَّ مَرْصَدٍ فَإِن تَابُوا وَأَقَامُوا الصَّلَاةَ وَآتَوُا الزَّكَاةَ فَخَلُّوا سَبِيلَهُمْ",
    en="When the sacred months have passed, fight the idolaters wherever you find them, seize them and besiege them; but if they repent, keep up prayer and give alms, let them go their way. (Qur'an 9:5)",
    fr="Lorsque les mois sacrés seront écoulés, combattez les associateurs où que vous les trouviez ; mais s'ils se repentent, accomplissent la prière et donnent l'aumône, laissez-les libres. (Coran 9:5)",
)
add(
    "s-8-61",
    S,
    0,
    "",
    ar="وَإِن جَنَحُوا لِلسَّلْمِ فَاجْنَحْ لَهَا وَتَوَكَّلْ عَلَى اللَّهِ إِنَّهُ هُوَ السَّمِيعُ الْعَلِيمُ",
    en="And if they incline to peace, then incline to it as well, and put your trust in God; He is the All-Hearing, the All-Knowing. (Qur'an 8:61)",
    de="Und wenn sie sich dem Frieden zuneigen, so neige auch du dich ihm zu und vertraue auf Gott; Er ist der Allhörende, der Allwissende. (Koran 8:61)",
    tr="Eğer onlar barışa yanaşırlarsa sen de ona yanaş ve Allah'a tevekkül et; şüphesiz O, işitendir, bilendir. (Enfal 61)",
)
add(
    "s-22-39",
    S,
    0,
    "",
    ar="أُذِنَ لِلَّذِينَ يُقَاتَلُونَ بِأَنَّهُمْ ظُلِمُوا وَإِنَّ اللَّهَ عَلَىٰ نَصْرِهِمْ لَقَدِيرٌ",
    en="Permission to fight is given to those who are fought against, because they have been wronged, and God is surely able to help them. (Qur'an 22:39)",
    ru="Дозволено сражаться тем, против кого сражаются, за то, что с ними поступили несправедливо, и Бог способен помочь им. (Коран 22:39)",
)
add(
    "s-4-75",
    S,
    0,
    "",
    ar="وَمَا لَكُمْ لَا تُقَاتِلُونَ فِي سَبِيلِ اللَّهِ وَالْمُسْتَضْعَفِينَ مِنَ الرِّجَالِ وَالنِّسَاءِ وَالْوِلْدَانِ",
    en="And why would you not fight in the cause of God and for the oppressed men, women and children who cry out for a helper? (Qur'an 4:75)",
    fr="Qu'avez-vous à ne pas combattre dans le sentier de Dieu et pour les opprimés, hommes, femmes et enfants, qui appellent au secours ? (Coran 4:75)",
)
add(
    "s-5-32",
    S,
    0,
    "",
    ar="مَن قَتَلَ نَفْسًا بِغَيْرِ نَفْسٍ أَوْ فَسَادٍ فِي الْأَرْضِ فَكَأَنَّمَا قَتَلَ النَّاسَ جَمِيعًا وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا",
    en="Whoever kills a soul, unless for a soul or for corruption in the land, it is as if he had killed all mankind; and whoever saves one, it is as if he had saved all mankind. (Qur'an 5:32)",
    de="Wer einen Menschen tötet, ohne dass dieser einen Mord oder Unheil im Land begangen hat, ist, als hätte er alle Menschen getötet; und wer einen rettet, als hätte er alle gerettet. (Koran 5:32)",
    ru="Кто убьет душу не за убийство и не за нечестие на земле, тот словно убил всех людей, а кто сохранит жизнь, тот словно сохранил жизнь всем людям. (Коран 5:32)",
    tr="Kim bir cana kıymamış ya da yeryüzünde bozgunculuk yapmamış birini öldürürse bütün insanları öldürmüş gibidir; kim de birini yaşatırsa bütün insanları yaşatmış gibidir. (Maide 32)",
)
add(
    "s-2-216",
    S,
    0,
    "",
    ar="كُتِبَ عَلَيْكُمُ الْقِتَالُ وَهُوَ كُرْهٌ لَّكُمْ وَعَسَىٰ أَن تَكْرَهُوا شَيْئًا وَهُوَ خَيْرٌ لَّكُمْ",
    en="Fighting has been prescribed for you though you dislike it; and perhaps you dislike a thing while it is good for you. (Qur'an 2:216)",
    tr="Hoşunuza gitmediği hâlde savaş size farz kılındı; olur ki hoşlanmadığınız bir şey sizin için hayırlıdır. (Bakara 216)",
)
add(
    "s-hadith-jihad",
    S,
    0,
    "",
    ar="سُئِلَ النَّبِيُّ صَلَّى اللَّهُ عَلَيْهِ وَسَلَّمَ أَيُّ الْعَمَلِ أَفْضَلُ قَالَ الصَّلَاةُ لِوَقْتِهَا ثُمَّ بِرُّ الْوَالِدَيْنِ ثُمَّ الْجِهَادُ فِي سَبِيلِ اللَّهِ",
    en="The Prophet was asked which deed is best. He said: prayer at its proper time, then kindness to one's parents, then striving in the way of God. (hadith)",
    fr="On demanda au Prophète quelle œuvre était la meilleure. Il répondit : la prière à son heure, puis la bonté envers les parents, puis l'effort dans le sentier de Dieu. (hadith)",
)
add(
    "s-bible-war",
    S,
    0,
    "",
    en="To every thing there is a season: a time to kill and a time to heal, a time of war and a time of peace. (Ecclesiastes 3)",
    de="Alles hat seine Zeit: Töten hat seine Zeit, Heilen hat seine Zeit; Krieg hat seine Zeit, Frieden hat seine Zeit. (Prediger 3)",
    ru="Всему свое время: время убивать и время врачевать, время войне и время миру. (Екклесиаст 3)",
)
add(
    "s-47-4",
    S,
    0,
    "",
    ar="فَإِذَا لَقِيتُمُ الَّذِينَ كَفَرُوا فَضَرْبَ الرِّقَابِ حَتَّىٰ إِذَا أَثْخَنتُمُوهُمْ فَشُدُّوا الْوَثَاقَ فَإِمَّا مَنًّا بَعْدُ وَإِمَّا فِدَاءً",
    en="When you meet the disbelievers in battle, strike at their necks; once you have overcome them, bind the captives, then release them either as a favour or for ransom. (Qur'an 47:4)",
)

# --------------------------------------------------------------------------------------------
# Islamophobic hate (label 0: hateful, not ISIS propaganda; route elsewhere)
# --------------------------------------------------------------------------------------------
I = "islamophobic_hate"
add(
    "i-all-terrorists",
    I,
    0,
    "",
    en="Every Muslim is a terrorist waiting to happen. Close the borders, ban the Koran and send them all back before the next attack.",
    fr="Chaque musulman est un terroriste en puissance. Fermons les frontières, interdisons le Coran et renvoyons-les tous avant le prochain attentat.",
    de="Jeder Muslim ist ein Terrorist in Wartestellung. Grenzen dicht, Koran verbieten und alle zurückschicken, bevor der nächste Anschlag kommt.",
    ru="Каждый мусульманин — потенциальный террорист. Закрыть границы, запретить Коран и выслать их всех до следующего теракта.",
    tr="Her Müslüman potansiyel bir terörist. Sınırları kapatın, Kuran'ı yasaklayın ve bir sonraki saldırıdan önce hepsini geri gönderin.",
)
add(
    "i-mosques",
    I,
    0,
    "",
    en="Mosques are recruitment centres for jihad. No more mosques in our towns, bulldoze the ones we have.",
    fr="Les mosquées sont des centres de recrutement pour le djihad. Plus aucune mosquée dans nos villes, rasez celles qui existent.",
    de="Moscheen sind Rekrutierungszentren für den Dschihad. Keine Moscheen mehr in unseren Städten, reißt die bestehenden ab.",
    ru="Мечети — это вербовочные центры джихада. Никаких больше мечетей в наших городах, снести существующие.",
    tr="Camiler cihat için eleman toplama merkezleri. Şehirlerimizde artık cami yok, mevcut olanları yıkın.",
)
add(
    "i-invasion",
    I,
    0,
    "",
    en="Islam is not a religion, it is an invasion. The caliphate is already here, growing in our suburbs with every headscarf and every halal butcher.",
    fr="L'islam n'est pas une religion, c'est une invasion. Le califat est déjà là, il grandit dans nos banlieues à chaque voile et chaque boucherie halal.",
    de="Der Islam ist keine Religion, sondern eine Invasion. Das Kalifat ist schon hier und wächst in unseren Vorstädten mit jedem Kopftuch und jeder Halal-Metzgerei.",
    ru="Ислам — не религия, а вторжение. Халифат уже здесь, растет в наших пригородах с каждым платком и каждой халяльной лавкой.",
    tr="İslam bir din değil, bir istila. Hilafet çoktan burada, her başörtüsüyle ve her helal kasapla banliyölerimizde büyüyor.",
)
add(
    "i-refugees",
    I,
    0,
    "",
    en="These so-called refugees are ISIS fighters in disguise. Every single one of them should be deported, women and children included.",
    fr="Ces prétendus réfugiés sont des combattants de Daech déguisés. Ils devraient tous être expulsés, femmes et enfants compris.",
    de="Diese angeblichen Flüchtlinge sind verkleidete IS-Kämpfer. Jeder Einzelne gehört abgeschoben, Frauen und Kinder eingeschlossen.",
    ru="Эти так называемые беженцы — переодетые боевики ИГИЛ. Всех до одного нужно депортировать, включая женщин и детей.",
)
add(
    "i-quran-hate",
    I,
    0,
    "",
    en="The Koran is a manual for terror and Muhammad was a warlord. Anyone who follows that book cannot be a loyal citizen.",
    fr="Le Coran est un manuel de terreur et Mahomet était un chef de guerre. Quiconque suit ce livre ne peut pas être un citoyen loyal.",
    de="Der Koran ist eine Anleitung zum Terror und Mohammed war ein Kriegsherr. Wer diesem Buch folgt, kann kein loyaler Bürger sein.",
    tr="Kuran bir terör kılavuzu ve Muhammed bir savaş ağasıydı. O kitabı izleyen hiç kimse sadık bir vatandaş olamaz.",
)
add(
    "i-names",
    I,
    0,
    "",
    en="Look at the names in that school class: Mohammed, Fatima, Ahmed. In twenty years this country will be an Islamic state. Wake up.",
    de="Schaut euch die Namen in dieser Schulklasse an: Mohammed, Fatima, Ahmed. In zwanzig Jahren ist dieses Land ein islamischer Staat. Wacht auf.",
    fr="Regardez les prénoms dans cette classe : Mohammed, Fatima, Ahmed. Dans vingt ans ce pays sera un État islamique. Réveillez-vous.",
    ru="Посмотрите на имена в этом классе: Мухаммед, Фатима, Ахмед. Через двадцать лет эта страна станет исламским государством. Проснитесь.",
)
add(
    "i-no-moderate",
    I,
    0,
    "",
    en="There is no such thing as a moderate Muslim. The ones who smile at you are just waiting for orders from the imam.",
    fr="Le musulman modéré n'existe pas. Ceux qui vous sourient attendent juste les ordres de l'imam.",
    de="Den gemäßigten Muslim gibt es nicht. Die, die euch anlächeln, warten nur auf Befehle vom Imam.",
    tr="Ilımlı Müslüman diye bir şey yoktur. Size gülümseyenler sadece imamdan emir bekliyor.",
)

# --------------------------------------------------------------------------------------------
# Ordinary news and chatter about the same words (label 0): topic without stance
# --------------------------------------------------------------------------------------------
G = "news_general"
add(
    "g-caliphate-history",
    G,
    0,
    "",
    en="The Ottoman caliphate was formally abolished by the Turkish Grand National Assembly in March 1924, a decision that historians still debate.",
    tr="Osmanlı hilafeti Mart 1924'te Türkiye Büyük Millet Meclisi tarafından resmen kaldırıldı; tarihçiler bu kararı hâlâ tartışıyor.",
    ar="ألغت الجمعية الوطنية التركية الكبرى الخلافة العثمانية رسميا في مارس 1924، وهو قرار ما زال المؤرخون يناقشونه.",
    fr="Le califat ottoman a été officiellement aboli par la Grande Assemblée nationale turque en mars 1924, une décision encore débattue par les historiens.",
    de="Das osmanische Kalifat wurde im März 1924 von der Großen Nationalversammlung der Türkei offiziell abgeschafft, eine Entscheidung, über die Historiker bis heute streiten.",
    ru="Османский халифат был официально упразднен Великим национальным собранием Турции в марте 1924 года; историки до сих пор спорят об этом решении.",
)
add(
    "g-hospital-open",
    G,
    0,
    "",
    en="The new children's hospital opened its doors on Monday with 200 beds and free treatment for low-income families, the health minister announced.",
    ar="افتتح مستشفى الأطفال الجديد أبوابه يوم الاثنين بسعة 200 سرير وعلاج مجاني للأسر محدودة الدخل، بحسب ما أعلن وزير الصحة.",
    fr="Le nouvel hôpital pour enfants a ouvert ses portes lundi avec 200 lits et des soins gratuits pour les familles modestes, a annoncé le ministre de la Santé.",
    de="Das neue Kinderkrankenhaus hat am Montag mit 200 Betten und kostenloser Behandlung für einkommensschwache Familien eröffnet, teilte der Gesundheitsminister mit.",
    ru="Новая детская больница открылась в понедельник: 200 коек и бесплатное лечение для малообеспеченных семей, сообщил министр здравоохранения.",
    tr="Yeni çocuk hastanesi pazartesi günü 200 yatak ve dar gelirli ailelere ücretsiz tedaviyle kapılarını açtı, Sağlık Bakanı duyurdu.",
)
add(
    "g-football",
    G,
    0,
    "",
    en="What a match! Two goals in the last ten minutes and the whole stadium was singing. Our lions never give up.",
    ar="يا لها من مباراة! هدفان في آخر عشر دقائق والملعب كله يغني. أسودنا لا يستسلمون أبدا.",
    fr="Quel match ! Deux buts dans les dix dernières minutes et tout le stade chantait. Nos lions n'abandonnent jamais.",
    de="Was für ein Spiel! Zwei Tore in den letzten zehn Minuten und das ganze Stadion hat gesungen. Unsere Löwen geben nie auf.",
    ru="Вот это матч! Два гола за последние десять минут, и весь стадион пел. Наши львы никогда не сдаются.",
    tr="Ne maçtı ama! Son on dakikada iki gol ve bütün stat şarkı söylüyordu. Aslanlarımız asla pes etmez.",
)
add(
    "g-army-recruit",
    G,
    0,
    "",
    en="The army has launched a recruitment campaign for engineers and medical officers, offering scholarships to students who sign up for five years of service.",
    fr="L'armée lance une campagne de recrutement d'ingénieurs et de médecins militaires, avec des bourses pour les étudiants qui s'engagent pour cinq ans.",
    de="Die Bundeswehr startet eine Werbekampagne für Ingenieure und Sanitätsoffiziere und bietet Stipendien für Studierende, die sich für fünf Jahre verpflichten.",
    ru="Армия начала кампанию по набору инженеров и военных врачей, предлагая стипендии студентам, подписавшим контракт на пять лет.",
    tr="Ordu, beş yıllık hizmet için imza atan öğrencilere burs sunarak mühendis ve sağlık subayı alım kampanyası başlattı.",
    ar="أطلق الجيش حملة لتجنيد المهندسين والضباط الأطباء، مع منح دراسية للطلاب الذين يلتزمون بخمس سنوات من الخدمة.",
)
add(
    "g-game-war",
    G,
    0,
    "",
    en="Finally beat the last boss. We stormed the castle, destroyed the enemy army and conquered the whole map in under three hours!",
    fr="Enfin battu le dernier boss. On a pris d'assaut le château, détruit l'armée ennemie et conquis toute la carte en moins de trois heures !",
    de="Endlich den letzten Boss besiegt. Wir haben die Burg gestürmt, die feindliche Armee vernichtet und die ganze Karte in unter drei Stunden erobert!",
    ru="Наконец победил последнего босса. Мы штурмовали замок, уничтожили вражескую армию и захватили всю карту меньше чем за три часа!",
    tr="Sonunda son bossu yendim. Kaleyi bastık, düşman ordusunu yok ettik ve bütün haritayı üç saatten kısa sürede fethettik!",
)


# --------------------------------------------------------------------------------------------
# Second batch (more of the non-violent pitch, and counter-speech that quotes it)
# --------------------------------------------------------------------------------------------
add(
    "p-dentists",
    P,
    1,
    "recruitment;utopia",
    en="Dentists and lab technicians: the Islamic State is opening new clinics in every Wilayah. Your skills are an amanah; bring them to the land of the Khilafah, not to the hospitals of the kuffar.",
    ar="أيها أطباء الأسنان وفنيو المختبرات: الدولة الإسلامية تفتتح عيادات جديدة في كل ولاية. مهاراتكم أمانة فاحملوها إلى أرض الخلافة لا إلى مستشفيات الكفار.",
    fr="Dentistes et techniciens de laboratoire : l'État islamique ouvre de nouvelles cliniques dans chaque wilaya. Vos compétences sont un dépôt ; apportez-les sur la terre du Califat, pas dans les hôpitaux des mécréants.",
    de="Zahnärzte und Labortechniker: Der Islamische Staat eröffnet in jeder Wilaya neue Kliniken. Eure Fähigkeiten sind ein anvertrautes Gut; bringt sie ins Land des Kalifats, nicht in die Krankenhäuser der Kuffar.",
    ru="Стоматологи и лаборанты: Исламское государство открывает новые клиники в каждом вилаяте. Ваши навыки — аманат; несите их на землю Халифата, а не в больницы неверных.",
    tr="Diş hekimleri ve laboratuvar teknisyenleri: İslam Devleti her vilayette yeni klinikler açıyor. Yetenekleriniz bir emanettir; onları kâfirlerin hastanelerine değil, Hilafet topraklarına getirin.",
)
add(
    "p-teachers",
    P,
    1,
    "recruitment;utopia",
    en="The Diwan of Education of the Khilafah calls on Muslim teachers of mathematics, chemistry and English: come and teach the next generation under the banner of tawheed.",
    ar="ديوان التعليم في الخلافة يدعو المعلمين المسلمين في الرياضيات والكيمياء والإنجليزية: تعالوا وعلموا الجيل القادم تحت راية التوحيد.",
    fr="Le Diwan de l'éducation du Califat appelle les enseignants musulmans de mathématiques, de chimie et d'anglais : venez instruire la prochaine génération sous la bannière du tawhid.",
    de="Der Diwan für Bildung des Kalifats ruft muslimische Lehrer für Mathematik, Chemie und Englisch: Kommt und unterrichtet die nächste Generation unter dem Banner des Tauhid.",
    ru="Диван образования Халифата призывает учителей-мусульман математики, химии и английского: приезжайте учить следующее поколение под знаменем таухида.",
    tr="Hilafetin Eğitim Divanı matematik, kimya ve İngilizce öğretmeni Müslümanları çağırıyor: gelin ve gelecek nesli tevhid sancağı altında yetiştirin.",
)
add(
    "p-hisbah",
    P,
    1,
    "utopia",
    en="Under the Khilafah the hisbah patrols the markets so that no trader cheats and no one sells what Allah forbade. Security, honesty and the Shariah: this is life in the Islamic State.",
    ar="في ظل الخلافة تجوب الحسبة الأسواق فلا يغش تاجر ولا يباع ما حرم الله. أمن وأمانة وشريعة: هذه هي الحياة في الدولة الإسلامية.",
    fr="Sous le Califat, la hisba patrouille les marchés pour qu'aucun commerçant ne triche et que rien de ce qu'Allah a interdit ne soit vendu. Sécurité, honnêteté et Charia : voilà la vie dans l'État islamique.",
    de="Unter dem Kalifat patrouilliert die Hisba auf den Märkten, damit kein Händler betrügt und nichts verkauft wird, was Allah verboten hat. Sicherheit, Ehrlichkeit und Scharia: So ist das Leben im Islamischen Staat.",
    ru="При Халифате хисба патрулирует рынки, чтобы ни один торговец не обманывал и не продавалось то, что запретил Аллах. Безопасность, честность и шариат — вот жизнь в Исламском государстве.",
    tr="Hilafet altında hisbe pazarları dolaşıyor ki hiçbir tüccar hile yapmasın ve Allah'ın haram kıldığı satılmasın. Güvenlik, dürüstlük ve şeriat: İslam Devleti'nde hayat budur.",
)
add(
    "p-elderly",
    P,
    1,
    "utopia;mercy",
    en="The Islamic State built a home for the elderly where the old men of the Wilayah are fed, washed and honoured, free of charge. The Khilafah does not forget its weak.",
    ar="بنت الدولة الإسلامية دارا للمسنين يطعم فيها شيوخ الولاية ويغسلون ويكرمون مجانا. الخلافة لا تنسى ضعفاءها.",
    fr="L'État islamique a construit une maison pour les personnes âgées où les anciens de la wilaya sont nourris, lavés et honorés gratuitement. Le Califat n'oublie pas ses faibles.",
    de="Der Islamische Staat hat ein Altenheim gebaut, in dem die alten Männer der Wilaya kostenlos versorgt, gewaschen und geehrt werden. Das Kalifat vergisst seine Schwachen nicht.",
    ru="Исламское государство построило дом для престарелых, где стариков вилаята бесплатно кормят, моют и почитают. Халифат не забывает своих слабых.",
    tr="İslam Devleti, vilayetin yaşlılarının ücretsiz doyurulup yıkandığı ve onurlandırıldığı bir huzurevi inşa etti. Hilafet zayıflarını unutmaz.",
)
add(
    "p-harvest",
    P,
    1,
    "utopia",
    en="A blessed harvest in the Wilayah this year: the Diwan of Agriculture distributed seed and fuel to the farmers, and the wheat is sold at a fair price to every Muslim family under the Khilafah.",
    ar="حصاد مبارك في الولاية هذا العام: وزع ديوان الزراعة البذور والوقود على الفلاحين، ويباع القمح بسعر عادل لكل أسرة مسلمة في ظل الخلافة.",
    fr="Une récolte bénie dans la wilaya cette année : le Diwan de l'agriculture a distribué semences et carburant aux paysans, et le blé est vendu à un prix juste à chaque famille musulmane sous le Califat.",
    de="Eine gesegnete Ernte in der Wilaya dieses Jahr: Der Diwan für Landwirtschaft verteilte Saatgut und Treibstoff an die Bauern, und der Weizen wird jeder muslimischen Familie im Kalifat zu einem gerechten Preis verkauft.",
    ru="Благословенный урожай в вилаяте в этом году: Диван сельского хозяйства раздал крестьянам семена и топливо, и пшеница продается по справедливой цене каждой мусульманской семье Халифата.",
    tr="Bu yıl vilayette bereketli bir hasat: Tarım Divanı çiftçilere tohum ve yakıt dağıttı, buğday Hilafet altındaki her Müslüman aileye adil fiyatla satılıyor.",
)
add(
    "p-family-hijrah",
    P,
    1,
    "recruitment;belonging",
    en="Bring your wife and children and make hijrah together. Families of muhajirin receive a house, a monthly allowance and neighbours who are brothers in the land of the Khilafah.",
    ar="خذ زوجتك وأولادك وهاجروا معا. أسر المهاجرين تحصل على بيت وكفالة شهرية وجيران هم إخوة في أرض الخلافة.",
    fr="Prends ta femme et tes enfants et faites la hijra ensemble. Les familles de muhajirin reçoivent une maison, une allocation mensuelle et des voisins qui sont des frères sur la terre du Califat.",
    de="Nimm deine Frau und deine Kinder und macht gemeinsam die Hidschra. Familien von Muhadschirin erhalten ein Haus, eine monatliche Unterstützung und Nachbarn, die Brüder sind, im Land des Kalifats.",
    ru="Бери жену и детей и совершайте хиджру вместе. Семьи мухаджиров получают дом, ежемесячное пособие и соседей-братьев на земле Халифата.",
    tr="Eşini ve çocuklarını al, birlikte hicret edin. Muhacir aileleri Hilafet topraklarında bir ev, aylık yardım ve kardeş olan komşular alır.",
)
add(
    "p-convert",
    P,
    1,
    "belonging;recruitment",
    en="Brother, you took your shahada and your own family turned against you. Here in the Islamic State, converts from every land are honoured as brothers. Your real family is waiting in the Khilafah.",
    ar="أخي، نطقت بالشهادة فانقلبت عليك عائلتك. هنا في الدولة الإسلامية يكرم المهتدون من كل أرض كإخوة. عائلتك الحقيقية تنتظرك في الخلافة.",
    fr="Mon frère, tu as prononcé la chahada et ta propre famille s'est retournée contre toi. Ici, dans l'État islamique, les convertis de tous les pays sont honorés comme des frères. Ta vraie famille t'attend dans le Califat.",
    de="Bruder, du hast die Schahada gesprochen und deine eigene Familie hat sich gegen dich gewandt. Hier im Islamischen Staat werden Konvertiten aus allen Ländern als Brüder geehrt. Deine wahre Familie wartet im Kalifat.",
    ru="Брат, ты произнес шахаду, и твоя собственная семья отвернулась от тебя. Здесь, в Исламском государстве, новообращенных из всех стран почитают как братьев. Твоя настоящая семья ждет тебя в Халифате.",
    tr="Kardeşim, kelime-i şehadet getirdin ve kendi ailen sana sırt çevirdi. Burada, İslam Devleti'nde her diyardan ihtida edenler kardeş olarak onurlandırılır. Gerçek ailen Hilafette seni bekliyor.",
)
add(
    "p-vaccines",
    P,
    1,
    "utopia",
    en="The health office of the Islamic State carried out a polio vaccination campaign for the children of the Wilayah, going house to house. The Khilafah cares for the bodies and the souls of the Muslims.",
    ar="نفذ مكتب الصحة في الدولة الإسلامية حملة تطعيم ضد شلل الأطفال لأطفال الولاية من بيت إلى بيت. الخلافة ترعى أبدان المسلمين وأرواحهم.",
    fr="Le bureau de santé de l'État islamique a mené une campagne de vaccination contre la polio pour les enfants de la wilaya, porte à porte. Le Califat prend soin des corps et des âmes des musulmans.",
    de="Das Gesundheitsbüro des Islamischen Staates führte von Haus zu Haus eine Polio-Impfkampagne für die Kinder der Wilaya durch. Das Kalifat sorgt für die Körper und Seelen der Muslime.",
    ru="Отдел здравоохранения Исламского государства провел подворную кампанию вакцинации детей вилаята от полиомиелита. Халифат заботится о телах и душах мусульман.",
    tr="İslam Devleti'nin sağlık ofisi, vilayetin çocukları için kapı kapı dolaşarak çocuk felci aşı kampanyası yürüttü. Hilafet Müslümanların bedenleriyle de ruhlarıyla da ilgilenir.",
)
add(
    "p-victim-camps",
    P,
    1,
    "victimhood;recruitment",
    en="Our sisters and their children rot in the camps of the crusaders and their apostate allies, hungry and humiliated. Who will answer them? The soldiers of the Khilafah have not forgotten them; have you?",
    ar="أخواتنا وأطفالهن يتعفنون في مخيمات الصليبيين وحلفائهم المرتدين جوعى مهانين. من يجيبهن؟ جنود الخلافة لم ينسوهن، فهل نسيتهن أنت؟",
    fr="Nos sœurs et leurs enfants pourrissent dans les camps des croisés et de leurs alliés apostats, affamés et humiliés. Qui leur répondra ? Les soldats du Califat ne les ont pas oubliées ; et toi ?",
    de="Unsere Schwestern und ihre Kinder verrotten in den Lagern der Kreuzfahrer und ihrer abtrünnigen Verbündeten, hungrig und gedemütigt. Wer antwortet ihnen? Die Soldaten des Kalifats haben sie nicht vergessen; und du?",
    ru="Наши сестры и их дети гниют в лагерях крестоносцев и их союзников-вероотступников, голодные и униженные. Кто ответит им? Воины Халифата их не забыли, а ты?",
    tr="Kız kardeşlerimiz ve çocukları haçlıların ve mürted müttefiklerinin kamplarında aç ve aşağılanmış halde çürüyor. Onlara kim cevap verecek? Hilafet askerleri onları unutmadı; ya sen?",
)
add(
    "p-unity",
    P,
    1,
    "belonging",
    en="Arab and non-Arab, black and white, rich and poor pray in one row and eat from one plate in the Islamic State. The Khilafah has ended the tribalism and racism of the taghut states.",
    ar="العربي والأعجمي، الأسود والأبيض، الغني والفقير يصلون في صف واحد ويأكلون من صحن واحد في الدولة الإسلامية. أنهت الخلافة عصبية دول الطاغوت وعنصريتها.",
    fr="Arabes et non-Arabes, Noirs et Blancs, riches et pauvres prient dans un même rang et mangent dans un même plat dans l'État islamique. Le Califat a mis fin au tribalisme et au racisme des États du taghout.",
    de="Araber und Nichtaraber, Schwarze und Weiße, Reiche und Arme beten in einer Reihe und essen aus einem Teller im Islamischen Staat. Das Kalifat hat dem Stammesdenken und Rassismus der Taghut-Staaten ein Ende gesetzt.",
    ru="Араб и неараб, черный и белый, богатый и бедный молятся в одном ряду и едят из одной тарелки в Исламском государстве. Халифат покончил с трайбализмом и расизмом государств тагута.",
    tr="Arap ve Arap olmayan, siyah ve beyaz, zengin ve fakir İslam Devleti'nde aynı safta namaz kılıp aynı tabaktan yiyor. Hilafet, tağut devletlerinin kabileciliğine ve ırkçılığına son verdi.",
)
add(
    "p-mercy-return",
    P,
    1,
    "mercy",
    en="To those who fled the Wilayah out of fear: the Islamic State guarantees your safety and your property if you return and repent. Come back to your homes under the justice of the Khilafah.",
    ar="إلى الذين فروا من الولاية خوفا: الدولة الإسلامية تضمن أمانكم وأموالكم إن عدتم وتبتم. عودوا إلى بيوتكم في ظل عدل الخلافة.",
    fr="À ceux qui ont fui la wilaya par peur : l'État islamique garantit votre sécurité et vos biens si vous revenez et vous repentez. Revenez dans vos maisons sous la justice du Califat.",
    de="An die, die aus Angst aus der Wilaya geflohen sind: Der Islamische Staat garantiert eure Sicherheit und euer Eigentum, wenn ihr zurückkehrt und bereut. Kehrt in eure Häuser zurück, unter die Gerechtigkeit des Kalifats.",
    ru="Тем, кто бежал из вилаята из страха: Исламское государство гарантирует вашу безопасность и имущество, если вы вернетесь и покаетесь. Возвращайтесь в свои дома под справедливость Халифата.",
    tr="Korkudan vilayetten kaçanlara: İslam Devleti, dönüp tövbe ederseniz canınızı ve malınızı güvence altına alıyor. Hilafetin adaleti altında evlerinize dönün.",
)
add(
    "p-war-convoy",
    P,
    1,
    "war",
    en="The lions of the Khilafah ambushed a convoy of the apostate militia, destroying its vehicles and seizing weapons and ammunition, by the grace of Allah. Baqiyah.",
    ar="كمن أسود الخلافة لرتل للميليشيا المرتدة فدمروا آلياته واغتنموا أسلحة وذخائر بفضل الله. باقية.",
    fr="Les lions du Califat ont tendu une embuscade à un convoi de la milice apostate, détruisant ses véhicules et s'emparant d'armes et de munitions, par la grâce d'Allah. Baqiya.",
    de="Die Löwen des Kalifats überfielen einen Konvoi der abtrünnigen Miliz, zerstörten seine Fahrzeuge und erbeuteten Waffen und Munition, durch die Gnade Allahs. Baqiya.",
    ru="Львы Халифата устроили засаду колонне ополчения вероотступников, уничтожили технику и захватили оружие и боеприпасы по милости Аллаха. Бакия.",
    tr="Hilafetin aslanları mürted milisin konvoyunu pusuya düşürdü, araçlarını imha edip silah ve mühimmat ganimet aldı, Allah'ın lütfuyla. Bakiye.",
)

add(
    "cs-quote-doctors",
    CS,
    0,
    "",
    en="'The caliphate needs doctors' was the line recruiters used on medical students. The students who went found no hospitals worth the name, and several never came back. Don't fall for it.",
    ar="'الخلافة تحتاج أطباء' كانت العبارة التي استخدمها المجندون مع طلاب الطب. الطلاب الذين ذهبوا لم يجدوا مستشفيات تستحق الاسم، وبعضهم لم يعد أبدا. لا تنخدعوا.",
    fr="« Le califat a besoin de médecins » : c'était la phrase des recruteurs pour les étudiants en médecine. Ceux qui sont partis n'ont trouvé aucun hôpital digne de ce nom, et plusieurs ne sont jamais revenus. Ne vous faites pas avoir.",
    de="'Das Kalifat braucht Ärzte' war der Satz, mit dem Anwerber Medizinstudenten lockten. Die Studenten, die gingen, fanden keine Krankenhäuser, die den Namen verdienen, und mehrere kamen nie zurück. Fallt nicht darauf herein.",
    ru="«Халифату нужны врачи» — этой фразой вербовщики заманивали студентов-медиков. Уехавшие не нашли больниц, достойных этого слова, а несколько так и не вернулись. Не ведитесь.",
    tr="'Hilafetin doktorlara ihtiyacı var' işe alımcıların tıp öğrencilerine kullandığı cümleydi. Gidenler adına layık bir hastane bulamadı, birkaçı hiç geri dönmedi. Kanmayın.",
)
add(
    "cs-yazidi",
    CS,
    0,
    "",
    en="A Yazidi survivor told the court how ISIS fighters sold her in a market. Whoever still believes the stories about the justice of the so-called Islamic State should listen to her.",
    ar="روت ناجية إيزيدية أمام المحكمة كيف باعها مقاتلو داعش في سوق. من ما زال يصدق حكايات عدل ما يسمى الدولة الإسلامية فليستمع إليها.",
    fr="Une survivante yézidie a raconté au tribunal comment des combattants de Daech l'ont vendue sur un marché. Ceux qui croient encore aux histoires sur la justice du soi-disant État islamique devraient l'écouter.",
    de="Eine jesidische Überlebende schilderte vor Gericht, wie IS-Kämpfer sie auf einem Markt verkauften. Wer noch die Geschichten über die Gerechtigkeit des sogenannten Islamischen Staates glaubt, sollte ihr zuhören.",
    ru="Выжившая езидка рассказала суду, как боевики ИГИЛ продали ее на рынке. Тем, кто еще верит рассказам о справедливости так называемого Исламского государства, стоит ее послушать.",
    tr="Hayatta kalan Ezidi bir kadın, IŞİD militanlarının onu bir pazarda nasıl sattığını mahkemede anlattı. Sözde İslam Devleti'nin adaletine dair hikâyelere hâlâ inananlar onu dinlemeli.",
)
add(
    "cs-returnee",
    CS,
    0,
    "",
    en="I made what they called hijrah at twenty. I regret every day of it. There was no brotherhood, only fear, spies and funerals. If you are thinking of going, talk to me first.",
    ar="قمت بما سموه هجرة في العشرين من عمري. أندم على كل يوم منها. لم تكن هناك أخوة، بل خوف وجواسيس وجنازات. إن كنت تفكر في الذهاب فتحدث معي أولا.",
    fr="J'ai fait ce qu'ils appelaient la hijra à vingt ans. Je le regrette chaque jour. Il n'y avait pas de fraternité, seulement la peur, les espions et les enterrements. Si tu penses partir, parle-moi d'abord.",
    de="Ich habe mit zwanzig gemacht, was sie Hidschra nannten. Ich bereue jeden Tag davon. Es gab keine Brüderlichkeit, nur Angst, Spitzel und Beerdigungen. Wenn du daran denkst zu gehen, sprich zuerst mit mir.",
    ru="В двадцать лет я совершил то, что они называли хиджрой. Жалею о каждом дне. Не было никакого братства — только страх, доносчики и похороны. Если думаешь поехать, сначала поговори со мной.",
    tr="Yirmi yaşında onların hicret dediği şeyi yaptım. Her gününe pişmanım. Kardeşlik yoktu, sadece korku, muhbirler ve cenazeler vardı. Gitmeyi düşünüyorsan önce benimle konuş.",
)
add(
    "cs-fatwa",
    CS,
    0,
    "",
    en="More than a hundred Muslim scholars signed an open letter refuting the self-declared caliph point by point: no bay'ah is owed to him, and hijrah to his territory is not a religious duty.",
    ar="وقع أكثر من مئة عالم مسلم رسالة مفتوحة ترد على الخليفة المزعوم نقطة نقطة: لا بيعة له في الأعناق، والهجرة إلى مناطقه ليست واجبا دينيا.",
    fr="Plus de cent savants musulmans ont signé une lettre ouverte réfutant point par point le calife autoproclamé : aucune allégeance ne lui est due, et la hijra vers son territoire n'est pas un devoir religieux.",
    de="Mehr als hundert muslimische Gelehrte unterzeichneten einen offenen Brief, der den selbsternannten Kalifen Punkt für Punkt widerlegt: Ihm ist keine Bai'a geschuldet, und die Hidschra in sein Gebiet ist keine religiöse Pflicht.",
    ru="Более ста мусульманских ученых подписали открытое письмо, по пунктам опровергающее самопровозглашенного халифа: никто не обязан ему присягой, а хиджра на его территорию не является религиозной обязанностью.",
    tr="Yüzden fazla Müslüman âlim, kendini halife ilan edeni madde madde çürüten açık bir mektup imzaladı: ona biat borcu yoktur ve topraklarına hicret dini bir görev değildir.",
)
add(
    "cs-sister-warning",
    CS,
    0,
    "",
    en="Sisters, the accounts that promise you a pious husband and a home in the Khilafah are run by men who trade in women. Block them, report them and tell a friend.",
    ar="أيتها الأخوات، الحسابات التي تعدكن بزوج تقي وبيت في الخلافة يديرها رجال يتاجرون بالنساء. احظرنها وأبلغن عنها وأخبرن صديقة.",
    fr="Mes sœurs, les comptes qui vous promettent un mari pieux et un foyer dans le Califat sont tenus par des hommes qui font commerce des femmes. Bloquez-les, signalez-les et parlez-en à une amie.",
    de="Schwestern, die Konten, die euch einen frommen Ehemann und ein Zuhause im Kalifat versprechen, werden von Männern betrieben, die mit Frauen handeln. Blockiert sie, meldet sie und erzählt es einer Freundin.",
    ru="Сестры, аккаунты, которые обещают вам благочестивого мужа и дом в Халифате, ведут мужчины, торгующие женщинами. Блокируйте их, жалуйтесь и расскажите подруге.",
    tr="Kız kardeşler, size Hilafette dindar bir koca ve yuva vaat eden hesapları kadın ticareti yapan adamlar yönetiyor. Engelleyin, şikâyet edin ve bir arkadaşınıza anlatın.",
)
add(
    "cs-utopia-satire",
    CS,
    0,
    "",
    en="The 'Islamic State' tourism brochure: free housing (the owners were expelled), free schooling (for future child soldiers), free healthcare (if a fighter doesn't need your bed). No thanks.",
    ar="كتيب سياحة 'الدولة الإسلامية': سكن مجاني (بعد طرد أصحابه)، وتعليم مجاني (لجنود أطفال في المستقبل)، وعلاج مجاني (إن لم يحتج مقاتل إلى سريرك). لا شكرا.",
    fr="La brochure touristique de l'« État islamique » : logement gratuit (les propriétaires ont été chassés), école gratuite (pour futurs enfants soldats), soins gratuits (si un combattant n'a pas besoin de ton lit). Non merci.",
    de="Die Tourismusbroschüre des 'Islamischen Staates': kostenloses Wohnen (die Besitzer wurden vertrieben), kostenlose Schule (für künftige Kindersoldaten), kostenlose Behandlung (wenn kein Kämpfer dein Bett braucht). Nein danke.",
    ru="Туристический буклет «Исламского государства»: бесплатное жилье (хозяев выгнали), бесплатная школа (для будущих детей-солдат), бесплатное лечение (если боевику не нужна твоя койка). Нет, спасибо.",
    tr="'İslam Devleti' turizm broşürü: bedava konut (sahipleri kovuldu), bedava okul (geleceğin çocuk askerleri için), bedava tedavi (bir savaşçının yatağına ihtiyacı yoksa). Hayır, teşekkürler.",
)
add(
    "cs-nurse",
    CS,
    0,
    "",
    en="I worked as a nurse in Raqqa when ISIS ruled it. Their videos of a modern hospital were filmed in the one ward they kept for fighters; ordinary patients lay on the floor without painkillers.",
    ar="عملت ممرضة في الرقة حين كانت داعش تحكمها. صوروا مقاطعهم عن المستشفى الحديث في الجناح الوحيد المخصص للمقاتلين، بينما كان المرضى العاديون على الأرض بلا مسكنات.",
    fr="J'étais infirmière à Raqqa sous Daech. Leurs vidéos d'hôpital moderne étaient tournées dans la seule salle réservée aux combattants ; les patients ordinaires gisaient par terre sans antidouleurs.",
    de="Ich war Krankenschwester in Rakka, als der IS dort herrschte. Ihre Videos vom modernen Krankenhaus wurden in der einzigen Station für Kämpfer gedreht; normale Patienten lagen ohne Schmerzmittel auf dem Boden.",
    ru="Я работала медсестрой в Ракке, когда там правило ИГИЛ. Их видео о современной больнице снимали в единственной палате для боевиков; обычные пациенты лежали на полу без обезболивающих.",
    tr="IŞİD Rakka'yı yönetirken orada hemşireydim. Modern hastane videolarını savaşçılara ayrılan tek koğuşta çektiler; sıradan hastalar ağrı kesici olmadan yerde yatıyordu.",
)
add(
    "cs-moderator",
    CS,
    0,
    "",
    en="As a content moderator I see the same pitch every day: hospitals, brotherhood, a home for the lonely, hijrah as a duty. It is designed for isolated teenagers. Parents, please know the signs.",
    ar="بصفتي مشرف محتوى أرى الخطاب نفسه كل يوم: مستشفيات وأخوة وبيت للوحيدين والهجرة واجبا. إنه مصمم للمراهقين المعزولين. أيها الآباء، اعرفوا العلامات.",
    fr="Comme modérateur de contenus, je vois le même discours chaque jour : hôpitaux, fraternité, un foyer pour les solitaires, la hijra comme devoir. C'est conçu pour des adolescents isolés. Parents, apprenez les signes.",
    de="Als Content-Moderator sehe ich jeden Tag dieselbe Masche: Krankenhäuser, Brüderlichkeit, ein Zuhause für Einsame, Hidschra als Pflicht. Sie zielt auf isolierte Jugendliche. Eltern, kennt die Anzeichen.",
    ru="Как модератор контента я каждый день вижу одну и ту же подачу: больницы, братство, дом для одиноких, хиджра как долг. Она рассчитана на одиноких подростков. Родители, знайте признаки.",
    tr="İçerik moderatörü olarak her gün aynı söylemi görüyorum: hastaneler, kardeşlik, yalnızlar için bir yuva, görev olarak hicret. Yalnız gençler için tasarlanmış. Ebeveynler, lütfen işaretleri öğrenin.",
)
add(
    "cs-victimhood-reply",
    CS,
    0,
    "",
    en="Yes, the coalition's airstrikes killed civilians and that deserves investigation. No, that does not make the Islamic State their defender: it executed the same civilians for trying to flee.",
    ar="نعم، قتلت غارات التحالف مدنيين وهذا يستحق التحقيق. لكن هذا لا يجعل تنظيم الدولة مدافعا عنهم، فقد أعدم المدنيين أنفسهم لمحاولتهم الفرار.",
    fr="Oui, les frappes de la coalition ont tué des civils et cela mérite une enquête. Non, cela ne fait pas de l'État islamique leur défenseur : il exécutait ces mêmes civils quand ils tentaient de fuir.",
    de="Ja, Luftangriffe der Koalition haben Zivilisten getötet, und das muss untersucht werden. Nein, das macht den Islamischen Staat nicht zu ihrem Verteidiger: Er hat dieselben Zivilisten hingerichtet, wenn sie fliehen wollten.",
    ru="Да, авиаудары коалиции убивали мирных жителей, и это требует расследования. Нет, это не делает Исламское государство их защитником: оно казнило тех же мирных жителей за попытку бежать.",
    tr="Evet, koalisyonun hava saldırıları sivilleri öldürdü ve bu soruşturulmalı. Hayır, bu İslam Devleti'ni onların savunucusu yapmaz: aynı sivilleri kaçmaya çalıştıkları için idam etti.",
)

add(
    "n-recruiter",
    N,
    0,
    "",
    en="A court convicted a man of recruiting for the Islamic State after he urged medical students online to travel to Syria and 'serve the caliphate' in its hospitals.",
    ar="أدانت محكمة رجلا بالتجنيد لصالح تنظيم الدولة بعد أن حث طلاب طب عبر الإنترنت على السفر إلى سوريا و'خدمة الخلافة' في مستشفياتها.",
    fr="Un tribunal a condamné un homme pour recrutement au profit de l'État islamique : il incitait en ligne des étudiants en médecine à partir en Syrie pour « servir le califat » dans ses hôpitaux.",
    de="Ein Gericht verurteilte einen Mann wegen Anwerbung für den Islamischen Staat, nachdem er Medizinstudenten im Netz aufgefordert hatte, nach Syrien zu reisen und in dessen Krankenhäusern 'dem Kalifat zu dienen'.",
    ru="Суд признал мужчину виновным в вербовке для «Исламского государства»: он призывал в интернете студентов-медиков ехать в Сирию и «служить халифату» в его больницах.",
    tr="Mahkeme, tıp öğrencilerini internette Suriye'ye gidip hastanelerinde 'hilafete hizmet etmeye' çağıran bir adamı İslam Devleti'ne eleman toplamaktan mahkûm etti.",
)
add(
    "n-media-report",
    N,
    0,
    "",
    en="A new report on Islamic State media found that its channels now post more about governance, charity and religious life than about fighting, in an effort to look like a functioning state.",
    ar="وجد تقرير جديد عن إعلام تنظيم الدولة أن قنواته تنشر الآن عن الحكم والأعمال الخيرية والحياة الدينية أكثر من القتال، سعيا للظهور بمظهر دولة قائمة.",
    fr="Selon un nouveau rapport sur les médias de l'État islamique, ses canaux publient désormais davantage sur la gouvernance, la charité et la vie religieuse que sur les combats, pour paraître un État qui fonctionne.",
    de="Ein neuer Bericht über die Medien des Islamischen Staates stellt fest, dass seine Kanäle inzwischen mehr über Verwaltung, Wohltätigkeit und religiöses Leben posten als über Kämpfe, um wie ein funktionierender Staat zu wirken.",
    ru="Новый доклад о медиа «Исламского государства» показал, что его каналы теперь больше пишут об управлении, благотворительности и религиозной жизни, чем о боях, стремясь выглядеть действующим государством.",
    tr="İslam Devleti medyası hakkındaki yeni bir rapor, kanallarının işleyen bir devlet gibi görünmek için artık çatışmadan çok yönetim, hayır işleri ve dini yaşam hakkında paylaşım yaptığını ortaya koydu.",
)
add(
    "n-hospital-strike",
    N,
    0,
    "",
    en="An airstrike hit a hospital in a town held by Islamic State militants, killing patients and staff, a monitoring group said; the coalition said it was investigating the report.",
    ar="أصابت غارة جوية مستشفى في بلدة يسيطر عليها مسلحو تنظيم الدولة ما أسفر عن مقتل مرضى وعاملين، بحسب مجموعة رصد، وقال التحالف إنه يحقق في التقرير.",
    fr="Une frappe aérienne a touché un hôpital dans une ville tenue par des djihadistes de l'État islamique, tuant des patients et des soignants, selon une ONG de surveillance ; la coalition dit enquêter.",
    de="Ein Luftangriff traf ein Krankenhaus in einer von IS-Kämpfern gehaltenen Stadt und tötete Patienten und Personal, teilte eine Beobachtungsgruppe mit; die Koalition erklärte, sie prüfe den Bericht.",
    ru="Авиаудар пришелся по больнице в городе, удерживаемом боевиками «Исламского государства», погибли пациенты и персонал, сообщила мониторинговая группа; коалиция заявила, что проверяет сообщение.",
    tr="Bir izleme grubuna göre, IŞİD militanlarının elindeki bir kasabada hava saldırısı bir hastaneyi vurdu, hastalar ve personel hayatını kaybetti; koalisyon raporu incelediğini açıkladı.",
)
add(
    "n-takedown",
    N,
    0,
    "",
    en="Europol and messaging companies took down thousands of Islamic State channels in a coordinated action this week, targeting the group's propaganda and recruitment networks.",
    ar="أغلقت يوروبول وشركات المراسلة آلاف القنوات التابعة لتنظيم الدولة في عملية منسقة هذا الأسبوع استهدفت شبكات دعايته وتجنيده.",
    fr="Europol et des messageries ont supprimé cette semaine des milliers de canaux de l'État islamique lors d'une action coordonnée visant ses réseaux de propagande et de recrutement.",
    de="Europol und Messenger-Dienste haben diese Woche in einer koordinierten Aktion Tausende Kanäle des Islamischen Staates abgeschaltet, die sich gegen seine Propaganda- und Rekrutierungsnetzwerke richtete.",
    ru="Европол и мессенджеры на этой неделе в ходе скоординированной операции удалили тысячи каналов «Исламского государства», нацеленной на его пропагандистские и вербовочные сети.",
    tr="Europol ve mesajlaşma şirketleri bu hafta koordineli bir operasyonla İslam Devleti'nin propaganda ve eleman toplama ağlarını hedef alarak binlerce kanalı kapattı.",
)

add(
    "h-sudan",
    H,
    0,
    "",
    en="Sudan: hospitals in Darfur are overwhelmed. We are looking for obstetricians, paediatricians and surgical nurses for three-month missions. Apply via our website; we treat everyone, whoever they are.",
    ar="السودان: مستشفيات دارفور مكتظة. نبحث عن أطباء توليد وأطفال وممرضي جراحة لمهام مدتها ثلاثة أشهر. قدموا عبر موقعنا، فنحن نعالج الجميع أيا كانوا.",
    fr="Soudan : les hôpitaux du Darfour sont débordés. Nous recherchons des obstétriciens, des pédiatres et des infirmiers de bloc pour des missions de trois mois. Postulez sur notre site ; nous soignons tout le monde.",
    de="Sudan: Die Krankenhäuser in Darfur sind überlastet. Wir suchen Geburtshelfer, Kinderärzte und OP-Pflegekräfte für dreimonatige Einsätze. Bewerbt euch über unsere Website; wir behandeln alle, wer immer sie sind.",
    ru="Судан: больницы Дарфура переполнены. Мы ищем акушеров, педиатров и операционных медсестер для трехмесячных миссий. Подавайте заявки на сайте; мы лечим всех, кем бы они ни были.",
    tr="Sudan: Darfur'daki hastaneler dolup taştı. Üç aylık görevler için kadın doğum uzmanı, çocuk doktoru ve ameliyathane hemşiresi arıyoruz. Web sitemizden başvurun; kim olursa olsun herkesi tedavi ediyoruz.",
)
add(
    "h-surgeons-war",
    H,
    0,
    "",
    en="Calling all trauma surgeons: the war-wounded need you. Join the ICRC surgical teams in conflict areas; we work with the consent of all parties and treat civilians and combatants alike.",
    ar="نداء إلى جراحي الإصابات: جرحى الحرب يحتاجونكم. انضموا إلى فرق الجراحة التابعة للجنة الدولية للصليب الأحمر في مناطق النزاع؛ نعمل بموافقة جميع الأطراف ونعالج المدنيين والمقاتلين على السواء.",
    fr="Appel à tous les chirurgiens traumatologues : les blessés de guerre ont besoin de vous. Rejoignez les équipes chirurgicales du CICR dans les zones de conflit ; nous travaillons avec l'accord de toutes les parties et soignons civils et combattants.",
    de="Aufruf an alle Unfallchirurgen: Die Kriegsverletzten brauchen euch. Schließt euch den Chirurgenteams des IKRK in Konfliktgebieten an; wir arbeiten mit Zustimmung aller Parteien und behandeln Zivilisten wie Kämpfer.",
    ru="Призыв ко всем травматологам-хирургам: раненые нуждаются в вас. Присоединяйтесь к хирургическим бригадам МККК в зонах конфликтов; мы работаем с согласия всех сторон и лечим и мирных жителей, и комбатантов.",
    tr="Tüm travma cerrahlarına çağrı: savaş yaralılarının size ihtiyacı var. Çatışma bölgelerinde ICRC cerrahi ekiplerine katılın; tüm tarafların onayıyla çalışıyor, sivilleri ve savaşanları ayrım yapmadan tedavi ediyoruz.",
)
add(
    "f-sadaqa",
    F,
    0,
    "",
    en="Small reminder: the Prophet said a smile is charity. Give what you can this week, even if it is only time with a lonely neighbour.",
    ar="تذكير صغير: قال النبي إن التبسم صدقة. أعطوا ما تستطيعون هذا الأسبوع، ولو كان وقتا مع جار وحيد.",
    fr="Petit rappel : le Prophète a dit qu'un sourire est une aumône. Donnez ce que vous pouvez cette semaine, ne serait-ce que du temps à un voisin seul.",
    de="Kleine Erinnerung: Der Prophet sagte, ein Lächeln ist eine Spende. Gebt diese Woche, was ihr könnt, und sei es nur Zeit für einen einsamen Nachbarn.",
    ru="Небольшое напоминание: Пророк сказал, что улыбка — это милостыня. Отдайте на этой неделе, что можете, хотя бы время одинокому соседу.",
    tr="Küçük bir hatırlatma: Peygamber tebessümün sadaka olduğunu söyledi. Bu hafta verebildiğinizi verin, yalnız bir komşuya ayırdığınız zaman bile olsa.",
)
add(
    "f-hijri-new-year",
    F,
    0,
    "",
    en="Happy Islamic new year! The Hijri calendar begins with the Prophet's migration to Madinah, a reminder that every new start takes patience and trust.",
    ar="كل عام وأنتم بخير بمناسبة رأس السنة الهجرية! يبدأ التقويم الهجري بهجرة النبي إلى المدينة، تذكيرا بأن كل بداية جديدة تحتاج إلى صبر وتوكل.",
    fr="Bonne année hégirienne ! Le calendrier hégirien commence avec la migration du Prophète à Médine, un rappel que tout nouveau départ demande patience et confiance.",
    de="Frohes islamisches Neujahr! Der Hidschri-Kalender beginnt mit der Auswanderung des Propheten nach Medina, eine Erinnerung daran, dass jeder Neuanfang Geduld und Vertrauen braucht.",
    ru="С исламским Новым годом! Календарь хиджры начинается с переселения Пророка в Медину — напоминание, что любое новое начало требует терпения и упования.",
    tr="Hicri yılbaşınız kutlu olsun! Hicri takvim Peygamber'in Medine'ye hicretiyle başlar; her yeni başlangıcın sabır ve tevekkül gerektirdiğini hatırlatır.",
)


# --------------------------------------------------------------------------------------------
# Round 2 (train only): new concepts written after the EVAL split was frozen. They are forced
# into TRAIN (see TRAIN_ONLY) so the held-out set stays exactly as it was; none restates an
# EVAL concept.
# --------------------------------------------------------------------------------------------
TRAIN_ONLY: set[str] = set()


def add_train(cid: str, group: str, label: int, themes: str, **texts: str) -> None:
    TRAIN_ONLY.add(cid)
    add(cid, group, label, themes, **texts)


add_train(
    "p2-courts",
    P,
    1,
    "utopia",
    en="In the Islamic State a dispute is settled by the Shariah court in one day, without bribes and without lawyers who sell justice. The weak take their right from the strong under the Khilafah.",
    ar="في الدولة الإسلامية تفصل المحكمة الشرعية في النزاع في يوم واحد، بلا رشوة ولا محامين يبيعون العدل. يأخذ الضعيف حقه من القوي في ظل الخلافة.",
    fr="Dans l'État islamique, un litige est tranché en un jour par le tribunal de la charia, sans pots-de-vin ni avocats qui vendent la justice. Sous le Califat, le faible reprend son droit au fort.",
    de="Im Islamischen Staat entscheidet das Scharia-Gericht einen Streit an einem Tag, ohne Bestechung und ohne Anwälte, die Gerechtigkeit verkaufen. Unter dem Kalifat holt sich der Schwache sein Recht vom Starken.",
    ru="В Исламском государстве шариатский суд решает спор за один день, без взяток и без адвокатов, торгующих справедливостью. Под властью Халифата слабый берёт своё право у сильного.",
    tr="İslam Devleti'nde şer'i mahkeme bir anlaşmazlığı tek günde, rüşvetsiz ve adaleti satan avukatlar olmadan çözer. Hilafetin gölgesinde zayıf, hakkını güçlüden alır.",
)
add_train(
    "p2-safety",
    P,
    1,
    "utopia;belonging",
    en="Here in the Wilayah shopkeepers leave their doors open at prayer time and nobody steals. This is the security that only the rule of Allah brings; come and raise your children in the safety of the Khilafah.",
    ar="هنا في الولاية يترك أصحاب المحلات أبوابها مفتوحة وقت الصلاة ولا يسرق أحد. هذا هو الأمن الذي لا يأتي إلا بحكم الله؛ تعالوا وربوا أولادكم في أمان الخلافة.",
    fr="Ici, dans la wilaya, les commerçants laissent leur porte ouverte à l'heure de la prière et personne ne vole. Voilà la sécurité que seule la loi d'Allah apporte ; venez élever vos enfants dans la paix du Califat.",
    de="Hier in der Wilaya lassen die Händler ihre Läden zur Gebetszeit offen, und niemand stiehlt. Das ist die Sicherheit, die nur Allahs Gesetz bringt; kommt und zieht eure Kinder in der Sicherheit des Kalifats auf.",
    ru="Здесь, в вилаяте, торговцы оставляют лавки открытыми во время намаза, и никто не ворует. Такую безопасность даёт только закон Аллаха; приезжайте растить детей под защитой Халифата.",
    tr="Burada, vilayette esnaf namaz vaktinde dükkânını açık bırakır ve kimse çalmaz. Bu, yalnızca Allah'ın hükmünün getirdiği güvenliktir; gelin, çocuklarınızı Hilafetin güvenliğinde büyütün.",
)
add_train(
    "p2-translators",
    P,
    1,
    "recruitment",
    en="Brothers who master English, French, German or Russian: the Khilafah needs translators to carry its message to the world. Your tongue can be a weapon for the religion; make hijrah and join the brothers of the media office.",
    ar="أيها الإخوة المتقنون للإنجليزية والفرنسية والألمانية والروسية: الخلافة تحتاج مترجمين يحملون رسالتها إلى العالم. لسانك سلاح للدين؛ هاجر والتحق بإخوة المكتب الإعلامي.",
    fr="Frères qui maîtrisez l'anglais, le français, l'allemand ou le russe : le Califat a besoin de traducteurs pour porter son message au monde. Ta langue peut être une arme pour la religion ; fais la hijra et rejoins les frères du bureau des médias.",
    de="Brüder, die Englisch, Französisch, Deutsch oder Russisch beherrschen: Das Kalifat braucht Übersetzer, die seine Botschaft in die Welt tragen. Deine Zunge kann eine Waffe für die Religion sein; mach Hidschra und schließ dich den Brüdern des Medienbüros an.",
    ru="Братья, владеющие английским, французским, немецким или русским: Халифату нужны переводчики, чтобы донести его призыв до мира. Твой язык может стать оружием религии; соверши хиджру и присоединяйся к братьям медиаотдела.",
    tr="İngilizce, Fransızca, Almanca veya Rusça bilen kardeşler: Hilafetin mesajını dünyaya taşıyacak tercümanlara ihtiyacı var. Dilin din için bir silah olabilir; hicret et ve medya bürosundaki kardeşlere katıl.",
)
add_train(
    "p2-new-life",
    P,
    1,
    "belonging;mercy",
    en="Brother, whatever you did in jahiliyyah, the drugs, the prison, the shame: Islam wipes out what came before. In the Islamic State you start again with a clean page, a family of brothers and a purpose.",
    ar="يا أخي، مهما فعلت في الجاهلية، المخدرات والسجن والعار: الإسلام يجب ما قبله. في الدولة الإسلامية تبدأ من جديد بصفحة بيضاء وعائلة من الإخوة وغاية.",
    fr="Frère, quoi que tu aies fait dans la jahiliya, la drogue, la prison, la honte : l'islam efface ce qui précède. Dans l'État islamique tu recommences avec une page blanche, une famille de frères et un but.",
    de="Bruder, was immer du in der Dschahiliyya getan hast, Drogen, Gefängnis, Schande: Der Islam löscht, was davor war. Im Islamischen Staat fängst du neu an, mit einer reinen Seite, einer Familie von Brüdern und einem Ziel.",
    ru="Брат, что бы ты ни делал во времена джахилии — наркотики, тюрьма, позор — ислам стирает прошлое. В Исламском государстве ты начнёшь заново: чистый лист, семья братьев и цель.",
    tr="Kardeşim, cahiliyede ne yaptıysan, uyuşturucu, hapis, utanç: İslam öncesini siler. İslam Devleti'nde tertemiz bir sayfa, kardeşlerden bir aile ve bir amaçla yeniden başlarsın.",
)
add_train(
    "p2-victim-media",
    P,
    1,
    "victimhood",
    en="Their media call the Muslims of the Khilafah terrorists while their planes burn our villages. Every mother who buries her child under the rubble knows who the real criminals are. Stand with your ummah.",
    ar="إعلامهم يسمي مسلمي الخلافة إرهابيين بينما تحرق طائراتهم قرانا. كل أم تدفن طفلها تحت الركام تعرف من هم المجرمون الحقيقيون. قف مع أمتك.",
    fr="Leurs médias traitent de terroristes les musulmans du Califat pendant que leurs avions brûlent nos villages. Chaque mère qui enterre son enfant sous les décombres sait qui sont les vrais criminels. Tiens-toi aux côtés de ta oumma.",
    de="Ihre Medien nennen die Muslime des Kalifats Terroristen, während ihre Flugzeuge unsere Dörfer verbrennen. Jede Mutter, die ihr Kind unter den Trümmern begräbt, weiß, wer die wahren Verbrecher sind. Steh zu deiner Umma.",
    ru="Их СМИ называют мусульман Халифата террористами, пока их самолёты сжигают наши деревни. Каждая мать, хоронящая ребёнка под завалами, знает, кто настоящие преступники. Встань на сторону своей уммы.",
    tr="Onların medyası Hilafetin Müslümanlarına terörist derken uçakları köylerimizi yakıyor. Enkaz altında çocuğunu gömen her anne gerçek suçluların kim olduğunu bilir. Ümmetinin yanında dur.",
)
add_train(
    "p2-mercy-police",
    P,
    1,
    "mercy",
    en="The soldiers of the Khilafah released the captured policemen after they repented, gave each of them money for the road and sent them home to their families. This is the mercy of the Islamic State to whoever returns to Allah.",
    ar="أطلق جنود الخلافة سراح الشرطة الأسرى بعد توبتهم، وأعطوا كل واحد منهم نفقة الطريق وأعادوهم إلى أهلهم. هذه رحمة الدولة الإسلامية بمن تاب إلى الله.",
    fr="Les soldats du Califat ont libéré les policiers capturés après leur repentir, ont donné à chacun de l'argent pour la route et les ont renvoyés auprès de leurs familles. Telle est la miséricorde de l'État islamique envers quiconque revient à Allah.",
    de="Die Soldaten des Kalifats ließen die gefangenen Polizisten nach ihrer Reue frei, gaben jedem Geld für den Weg und schickten sie zu ihren Familien. Das ist die Barmherzigkeit des Islamischen Staates gegenüber jedem, der zu Allah zurückkehrt.",
    ru="Воины Халифата отпустили пленных полицейских после их покаяния, дали каждому денег на дорогу и отправили домой к семьям. Такова милость Исламского государства к тому, кто вернулся к Аллаху.",
    tr="Hilafetin askerleri tövbe eden esir polisleri serbest bıraktı, her birine yol parası verdi ve onları ailelerine gönderdi. İşte İslam Devleti'nin Allah'a dönenlere merhameti budur.",
)
add_train(
    "p2-threat-kuffar",
    P,
    1,
    "threat",
    en="To the nations of the cross: you will pay for every bomb you dropped on the Muslims. The soldiers of the Khilafah are patient, and the day will come when your fear matches ours.",
    ar="إلى أمم الصليب: ستدفعون ثمن كل قنبلة ألقيتموها على المسلمين. جنود الخلافة صابرون، وسيأتي يوم يكون فيه خوفكم كخوفنا.",
    fr="Aux nations de la croix : vous paierez pour chaque bombe larguée sur les musulmans. Les soldats du Califat sont patients, et le jour viendra où votre peur égalera la nôtre.",
    de="An die Nationen des Kreuzes: Ihr werdet für jede Bombe bezahlen, die ihr auf die Muslime geworfen habt. Die Soldaten des Kalifats sind geduldig, und der Tag wird kommen, an dem eure Angst der unseren gleicht.",
    ru="Народам креста: вы заплатите за каждую бомбу, сброшенную на мусульман. Воины Халифата терпеливы, и придёт день, когда ваш страх сравняется с нашим.",
    tr="Haç milletlerine: Müslümanların üzerine attığınız her bomba için bedel ödeyeceksiniz. Hilafetin askerleri sabırlıdır ve korkunuzun bizimkine denk olacağı gün gelecektir.",
)
add_train(
    "p2-war-base",
    P,
    1,
    "war",
    en="Allahu akbar! The mujahidin of the Islamic State stormed the base of the apostate army at dawn, and the enemy fled leaving their dead behind. Victory comes only from Allah.",
    ar="الله أكبر! اقتحم مجاهدو الدولة الإسلامية قاعدة الجيش المرتد فجرا، وفر العدو تاركا قتلاه. وما النصر إلا من عند الله.",
    fr="Allahou akbar ! Les moudjahidines de l'État islamique ont pris d'assaut à l'aube la base de l'armée apostate, et l'ennemi a fui en abandonnant ses morts. La victoire ne vient que d'Allah.",
    de="Allahu akbar! Die Mudschahidin des Islamischen Staates stürmten im Morgengrauen die Basis der abtrünnigen Armee, und der Feind floh und ließ seine Toten zurück. Der Sieg kommt nur von Allah.",
    ru="Аллаху акбар! Моджахеды Исламского государства на рассвете штурмом взяли базу армии вероотступников, и враг бежал, бросив своих убитых. Победа — только от Аллаха.",
    tr="Allahu ekber! İslam Devleti'nin mücahitleri şafakta mürted ordunun üssüne baskın yaptı ve düşman ölülerini bırakıp kaçtı. Zafer ancak Allah'tandır.",
)
add_train(
    "p2-students",
    P,
    1,
    "utopia;recruitment",
    en="Students of medicine and pharmacy, why waste your youth serving the taghut's hospitals? Finish your studies in the Khilafah, where your knowledge heals the Muslims and earns you reward. The Islamic State welcomes you.",
    ar="يا طلاب الطب والصيدلة، لماذا تضيعون شبابكم في خدمة مستشفيات الطاغوت؟ أكملوا دراستكم في الخلافة حيث يشفي علمكم المسلمين ويكسبكم الأجر. الدولة الإسلامية ترحب بكم.",
    fr="Étudiants en médecine et en pharmacie, pourquoi gaspiller votre jeunesse au service des hôpitaux du taghout ? Terminez vos études dans le Califat, où votre savoir soigne les musulmans et vous vaut la récompense. L'État islamique vous accueille.",
    de="Studenten der Medizin und Pharmazie, warum verschwendet ihr eure Jugend im Dienst der Krankenhäuser des Taghut? Beendet euer Studium im Kalifat, wo euer Wissen die Muslime heilt und euch Lohn bringt. Der Islamische Staat heißt euch willkommen.",
    ru="Студенты-медики и фармацевты, зачем тратить молодость на службу больницам тагута? Завершите учёбу в Халифате, где ваши знания лечат мусульман и приносят вам награду. Исламское государство ждёт вас.",
    tr="Tıp ve eczacılık öğrencileri, gençliğinizi neden tağutun hastanelerine hizmet ederek harcıyorsunuz? Eğitiminizi Hilafette tamamlayın; orada bilginiz Müslümanları iyileştirir ve size sevap kazandırır. İslam Devleti sizi bekliyor.",
)
add_train(
    "cs2-fact-check",
    CS,
    0,
    "",
    en="Fact check: the photo of a 'free hospital of the caliphate' shared by ISIS accounts was taken in another country years earlier. Daesh never ran a working health system; it looted the hospitals it seized.",
    ar="تحقق من الخبر: صورة 'مستشفى الخلافة المجاني' التي نشرتها حسابات داعش التقطت في بلد آخر قبل سنوات. لم يدر داعش نظاما صحيا حقيقيا قط، بل نهب المستشفيات التي استولى عليها.",
    fr="Vérification : la photo d'un « hôpital gratuit du califat » diffusée par des comptes de l'EI a été prise dans un autre pays des années plus tôt. Daech n'a jamais fait fonctionner de système de santé ; il a pillé les hôpitaux qu'il a saisis.",
    de="Faktencheck: Das Foto eines „kostenlosen Krankenhauses des Kalifats“, das IS-Konten teilten, wurde Jahre zuvor in einem anderen Land aufgenommen. Daesh hat nie ein funktionierendes Gesundheitssystem betrieben; es plünderte die Krankenhäuser, die es eroberte.",
    ru="Проверка фактов: фото «бесплатной больницы халифата», которое распространяли аккаунты ИГИЛ, снято в другой стране несколько лет назад. ДАИШ никогда не имел работающей системы здравоохранения — он грабил захваченные больницы.",
    tr="Doğruluk kontrolü: IŞİD hesaplarının paylaştığı 'hilafetin ücretsiz hastanesi' fotoğrafı yıllar önce başka bir ülkede çekilmiş. DEAŞ hiçbir zaman işleyen bir sağlık sistemi kurmadı; ele geçirdiği hastaneleri yağmaladı.",
)
add_train(
    "cs2-med-association",
    CS,
    0,
    "",
    en="The medical association warns students: online recruiters promise jobs in 'the hospitals of the Islamic State' and a life of purpose. Doctors who went were forced to treat fighters first and were not allowed to leave. Report such messages.",
    ar="تحذر نقابة الأطباء الطلاب: مجندون على الإنترنت يعدون بوظائف في 'مستشفيات الدولة الإسلامية' وحياة ذات معنى. الأطباء الذين ذهبوا أجبروا على علاج المقاتلين أولا ومنعوا من المغادرة. أبلغوا عن هذه الرسائل.",
    fr="L'ordre des médecins avertit les étudiants : des recruteurs en ligne promettent des postes dans « les hôpitaux de l'État islamique » et une vie pleine de sens. Les médecins partis ont été forcés de soigner d'abord les combattants et n'ont pas pu repartir. Signalez ces messages.",
    de="Die Ärztekammer warnt Studierende: Online-Anwerber versprechen Stellen in „den Krankenhäusern des Islamischen Staates“ und ein sinnvolles Leben. Ärzte, die gingen, mussten zuerst Kämpfer behandeln und durften nicht mehr weg. Meldet solche Nachrichten.",
    ru="Медицинская ассоциация предупреждает студентов: вербовщики в сети обещают работу «в больницах Исламского государства» и жизнь со смыслом. Уехавших врачей заставляли лечить сначала боевиков и не отпускали обратно. Сообщайте о таких сообщениях.",
    tr="Tabip birliği öğrencileri uyarıyor: İnternetteki devşiriciler 'İslam Devleti'nin hastanelerinde' iş ve anlamlı bir hayat vaat ediyor. Gidenler önce savaşçıları tedavi etmeye zorlandı ve geri dönmelerine izin verilmedi. Bu mesajları bildirin.",
)
add_train(
    "cs2-bayah-void",
    CS,
    0,
    "",
    en="When Daesh accounts tell you to 'renew your pledge to the Khalifah' and make hijrah, remember what the scholars said: that caliphate was never legitimate, and obeying it means joining the killing of Muslims.",
    ar="عندما تطلب منك حسابات داعش 'تجديد البيعة للخليفة' والهجرة، تذكر ما قاله العلماء: تلك الخلافة لم تكن شرعية قط، وطاعتها مشاركة في قتل المسلمين.",
    fr="Quand des comptes de Daech te demandent de « renouveler ton allégeance au calife » et de faire la hijra, souviens-toi de ce qu'ont dit les savants : ce califat n'a jamais été légitime, et lui obéir, c'est participer au meurtre de musulmans.",
    de="Wenn Daesh-Konten dich auffordern, „deinen Treueid auf den Kalifen zu erneuern“ und Hidschra zu machen, denk daran, was die Gelehrten sagten: Dieses Kalifat war nie legitim, und ihm zu gehorchen heißt, beim Töten von Muslimen mitzumachen.",
    ru="Когда аккаунты ДАИШ призывают тебя «обновить присягу халифу» и совершить хиджру, вспомни слова учёных: этот халифат никогда не был законным, а подчиняться ему значит участвовать в убийстве мусульман.",
    tr="DEAŞ hesapları sana 'halifeye biatini yenile' ve hicret et dediğinde, âlimlerin sözünü hatırla: O hilafet hiçbir zaman meşru olmadı ve ona itaat etmek Müslümanların öldürülmesine ortak olmaktır.",
)
add_train(
    "cs2-parents-guide",
    CS,
    0,
    "",
    en="A guide for parents: if your teenager suddenly describes the 'Islamic State' as a paradise with free homes and real brotherhood, talks about hijrah and cuts off old friends, talk to them calmly and ask a counselling service for help.",
    ar="دليل للآباء: إذا بدأ ابنك المراهق فجأة يصف 'الدولة الإسلامية' بأنها جنة فيها بيوت مجانية وأخوة حقيقية، ويتحدث عن الهجرة ويقطع أصدقاءه القدامى، فتحدث معه بهدوء واطلب المساعدة من خدمة استشارية.",
    fr="Guide pour les parents : si votre adolescent décrit soudain « l'État islamique » comme un paradis avec des logements gratuits et une vraie fraternité, parle de hijra et coupe les ponts avec ses amis, parlez-lui calmement et demandez de l'aide à un service d'écoute.",
    de="Ein Leitfaden für Eltern: Wenn Ihr Teenager den „Islamischen Staat“ plötzlich als Paradies mit kostenlosen Wohnungen und echter Brüderlichkeit beschreibt, von Hidschra spricht und alte Freunde meidet, sprechen Sie ruhig mit ihm und holen Sie Hilfe bei einer Beratungsstelle.",
    ru="Памятка для родителей: если ваш подросток вдруг описывает «Исламское государство» как рай с бесплатным жильём и настоящим братством, говорит о хиджре и порывает со старыми друзьями, спокойно поговорите с ним и обратитесь в консультационную службу.",
    tr="Ebeveynler için rehber: Genç çocuğunuz birden 'İslam Devleti'ni bedava evleri ve gerçek kardeşliği olan bir cennet gibi anlatmaya, hicretten söz etmeye ve eski arkadaşlarından kopmaya başlarsa, onunla sakince konuşun ve bir danışma hizmetinden yardım isteyin.",
)
add_train(
    "cs2-survivor-doctor",
    CS,
    0,
    "",
    en="I am a Muslim surgeon. The ISIS posts about their 'modern hospitals' make me sick: my colleagues in Mosul were threatened, the medicine was kept for fighters and patients died waiting. Do not believe their caliphate of lies.",
    ar="أنا جراح مسلم. منشورات داعش عن 'مستشفياتهم الحديثة' تثير اشمئزازي: زملائي في الموصل هددوا، والدواء حجز للمقاتلين، ومات المرضى وهم ينتظرون. لا تصدقوا خلافة الأكاذيب.",
    fr="Je suis un chirurgien musulman. Les publications de l'EI sur leurs « hôpitaux modernes » me dégoûtent : mes collègues à Mossoul étaient menacés, les médicaments réservés aux combattants et des patients sont morts en attendant. Ne croyez pas leur califat du mensonge.",
    de="Ich bin ein muslimischer Chirurg. Die IS-Posts über ihre „modernen Krankenhäuser“ widern mich an: Meine Kollegen in Mossul wurden bedroht, die Medikamente bekamen die Kämpfer, und Patienten starben beim Warten. Glaubt ihrem Kalifat der Lügen nicht.",
    ru="Я хирург-мусульманин. От постов ИГИЛ про их «современные больницы» меня тошнит: моим коллегам в Мосуле угрожали, лекарства оставляли боевикам, а пациенты умирали в ожидании. Не верьте их халифату лжи.",
    tr="Ben Müslüman bir cerrahım. IŞİD'in 'modern hastaneleri' hakkındaki paylaşımları midemi bulandırıyor: Musul'daki meslektaşlarım tehdit edildi, ilaçlar savaşçılara ayrıldı ve hastalar beklerken öldü. Yalanlar hilafetine inanmayın.",
)
add_train(
    "cs2-brotherhood-lie",
    CS,
    0,
    "",
    en="They sell the caliphate as one big family where race does not matter. Ask the foreign fighters who were sent first into battle, or the local families whose homes were handed to strangers. Daesh's brotherhood is a recruitment slogan.",
    ar="يبيعون الخلافة على أنها عائلة كبيرة لا يهم فيها العرق. اسألوا المقاتلين الأجانب الذين أرسلوا أولا إلى المعارك، أو العائلات المحلية التي سلمت بيوتها للغرباء. أخوة داعش شعار للتجنيد.",
    fr="Ils vendent le califat comme une grande famille où la couleur ne compte pas. Demandez aux combattants étrangers envoyés les premiers au front, ou aux familles locales dont les maisons ont été données à des inconnus. La fraternité de Daech est un slogan de recrutement.",
    de="Sie verkaufen das Kalifat als eine große Familie, in der die Herkunft keine Rolle spielt. Fragt die ausländischen Kämpfer, die zuerst in die Schlacht geschickt wurden, oder die Familien vor Ort, deren Häuser Fremden gegeben wurden. Die Brüderlichkeit von Daesh ist ein Werbeslogan.",
    ru="Они продают халифат как одну большую семью, где не важна национальность. Спросите иностранных боевиков, которых первыми бросали в бой, или местные семьи, чьи дома отдали чужакам. Братство ДАИШ — это вербовочный лозунг.",
    tr="Hilafeti ırkın önemsiz olduğu büyük bir aile gibi pazarlıyorlar. Savaşa ilk gönderilen yabancı savaşçılara ya da evleri yabancılara verilen yerel ailelere sorun. DEAŞ'ın kardeşliği bir devşirme sloganıdır.",
)
add_train(
    "n2-hospital-director",
    N,
    0,
    "",
    en="A former hospital director who served the Islamic State in Raqqa went on trial on Tuesday, accused of denying treatment to prisoners and handing patients' names to the group's security service.",
    ar="بدأت الثلاثاء محاكمة مدير مستشفى سابق عمل لصالح تنظيم الدولة الإسلامية في الرقة، بتهمة حرمان السجناء من العلاج وتسليم أسماء المرضى إلى جهاز أمن التنظيم.",
    fr="Un ancien directeur d'hôpital ayant servi l'État islamique à Raqqa a comparu mardi, accusé d'avoir refusé des soins à des prisonniers et livré les noms de patients au service de sécurité du groupe.",
    de="Am Dienstag begann der Prozess gegen einen früheren Krankenhausdirektor, der in Rakka für den Islamischen Staat arbeitete; ihm wird vorgeworfen, Gefangenen Behandlung verweigert und Patientennamen an den Sicherheitsdienst der Gruppe weitergegeben zu haben.",
    ru="Во вторник начался суд над бывшим директором больницы, работавшим на «Исламское государство» в Ракке; его обвиняют в отказе в лечении заключённым и передаче имён пациентов службе безопасности группировки.",
    tr="Rakka'da İslam Devleti'ne hizmet eden eski bir hastane müdürü salı günü hâkim karşısına çıktı; mahkumlara tedaviyi reddetmek ve hastaların isimlerini örgütün güvenlik birimine vermekle suçlanıyor.",
)
add_train(
    "n2-foreign-fighters",
    N,
    0,
    "",
    en="The number of people leaving Europe to join the Islamic State has fallen sharply, the interior ministry said, but officials warned that the group's online propaganda still targets young people with promises of belonging.",
    ar="قالت وزارة الداخلية إن عدد المغادرين من أوروبا للانضمام إلى تنظيم الدولة الإسلامية انخفض بشدة، لكن المسؤولين حذروا من أن دعاية التنظيم على الإنترنت ما زالت تستهدف الشباب بوعود الانتماء.",
    fr="Le nombre de départs d'Europe pour rejoindre l'État islamique a fortement baissé, selon le ministère de l'Intérieur, mais les responsables avertissent que la propagande en ligne du groupe cible toujours les jeunes avec des promesses d'appartenance.",
    de="Die Zahl der Ausreisen aus Europa zum Islamischen Staat ist laut Innenministerium stark gesunken, doch Beamte warnen, dass die Online-Propaganda der Gruppe weiterhin junge Menschen mit Versprechen von Zugehörigkeit anspricht.",
    ru="Число уезжающих из Европы, чтобы присоединиться к «Исламскому государству», резко сократилось, сообщило МВД, однако чиновники предупредили, что онлайн-пропаганда группировки по-прежнему вербует молодёжь обещаниями принадлежности.",
    tr="İçişleri bakanlığı, İslam Devleti'ne katılmak için Avrupa'dan ayrılanların sayısının sert biçimde düştüğünü açıkladı; ancak yetkililer örgütün çevrimiçi propagandasının aidiyet vaatleriyle gençleri hedef almaya devam ettiği uyarısında bulundu.",
)
add_train(
    "n2-claim-video",
    N,
    0,
    "",
    en="In a video released by its media arm, the Islamic State claimed to run schools and clinics in the areas it holds; analysts said the footage was staged and that residents describe severe shortages.",
    ar="في فيديو نشره ذراعه الإعلامي، زعم تنظيم الدولة الإسلامية أنه يدير مدارس وعيادات في المناطق الخاضعة له؛ وقال محللون إن اللقطات مفبركة وإن السكان يصفون نقصا حادا.",
    fr="Dans une vidéo diffusée par sa branche médiatique, l'État islamique affirme gérer des écoles et des dispensaires dans les zones qu'il contrôle ; selon des analystes, les images sont mises en scène et les habitants décrivent de graves pénuries.",
    de="In einem Video seines Medienarms behauptet der Islamische Staat, in den von ihm gehaltenen Gebieten Schulen und Kliniken zu betreiben; Analysten zufolge sind die Aufnahmen inszeniert, Bewohner berichten von schwerem Mangel.",
    ru="В видео, выпущенном его медиаподразделением, «Исламское государство» заявило, что управляет школами и клиниками на подконтрольных территориях; аналитики считают съёмки постановочными, а жители говорят о острой нехватке всего.",
    tr="İslam Devleti, medya kolunun yayımladığı bir videoda elindeki bölgelerde okul ve klinik işlettiğini iddia etti; analistler görüntülerin sahnelendiğini, bölge sakinlerininse ciddi kıtlık anlattığını söyledi.",
)

add_train(
    "p2-widows-homes",
    P,
    1,
    "utopia;belonging",
    en="No widow is abandoned in the Khilafah: the Islamic State gives the wives of the shuhada a house, a monthly stipend and brothers who care for their children. Sisters, your dignity is preserved here.",
    ar="لا تهمل أرملة في الخلافة: تعطي الدولة الإسلامية زوجات الشهداء بيتا وكفالة شهرية وإخوة يرعون أطفالهن. أيتها الأخوات، كرامتكن مصونة هنا.",
    fr="Aucune veuve n'est abandonnée dans le Califat : l'État islamique donne aux épouses des chouhada une maison, une allocation mensuelle et des frères qui prennent soin de leurs enfants. Sœurs, votre dignité est préservée ici.",
    de="Keine Witwe wird im Kalifat im Stich gelassen: Der Islamische Staat gibt den Frauen der Schuhada ein Haus, einen monatlichen Unterhalt und Brüder, die sich um ihre Kinder kümmern. Schwestern, eure Würde ist hier bewahrt.",
    ru="В Халифате ни одна вдова не брошена: Исламское государство даёт жёнам шахидов дом, ежемесячное содержание и братьев, которые заботятся об их детях. Сёстры, здесь ваше достоинство сохранено.",
    tr="Hilafette hiçbir dul kadın terk edilmez: İslam Devleti şehitlerin eşlerine bir ev, aylık maaş ve çocuklarına bakan kardeşler verir. Kız kardeşler, onurunuz burada korunur.",
)
add_train(
    "p2-come-serve",
    P,
    1,
    "recruitment;belonging",
    en="You ask what you can do for the ummah. Do not just share and like: pack your bag, make hijrah and serve the Islamic State with your hands. The brothers are waiting for you in the land of honour.",
    ar="تسأل ماذا تستطيع أن تفعل للأمة؟ لا تكتف بالنشر والإعجاب: احزم حقيبتك وهاجر واخدم الدولة الإسلامية بيديك. الإخوة ينتظرونك في أرض العزة.",
    fr="Tu demandes ce que tu peux faire pour la oumma. Ne te contente pas de partager et d'aimer : fais ton sac, accomplis la hijra et sers l'État islamique de tes mains. Les frères t'attendent sur la terre de l'honneur.",
    de="Du fragst, was du für die Umma tun kannst. Teile und like nicht nur: Pack deine Tasche, mach Hidschra und diene dem Islamischen Staat mit deinen Händen. Die Brüder warten auf dich im Land der Ehre.",
    ru="Ты спрашиваешь, что можешь сделать для уммы. Не ограничивайся репостами и лайками: собери сумку, соверши хиджру и служи Исламскому государству своими руками. Братья ждут тебя на земле чести.",
    tr="Ümmet için ne yapabileceğini soruyorsun. Sadece paylaşıp beğenmekle yetinme: çantanı topla, hicret et ve İslam Devleti'ne ellerinle hizmet et. Kardeşler seni izzet topraklarında bekliyor.",
)
add_train(
    "p2-bread",
    P,
    1,
    "utopia",
    en="In the Wilayah the Islamic State fixed the price of bread and flour so that no family goes hungry, while in the lands of the tyrants the poor queue for hours. This is the justice of the Khilafah.",
    ar="في الولاية حددت الدولة الإسلامية سعر الخبز والطحين حتى لا تجوع أسرة، بينما يقف الفقراء في بلاد الطغاة في الطوابير لساعات. هذا عدل الخلافة.",
    fr="Dans la wilaya, l'État islamique a fixé le prix du pain et de la farine pour qu'aucune famille n'ait faim, tandis que sur les terres des tyrans les pauvres font la queue des heures. Voilà la justice du Califat.",
    de="In der Wilaya hat der Islamische Staat den Preis für Brot und Mehl festgesetzt, damit keine Familie hungert, während in den Ländern der Tyrannen die Armen stundenlang anstehen. Das ist die Gerechtigkeit des Kalifats.",
    ru="В вилаяте Исламское государство установило цену на хлеб и муку, чтобы ни одна семья не голодала, тогда как в землях тиранов бедняки часами стоят в очередях. Вот справедливость Халифата.",
    tr="Vilayette İslam Devleti hiçbir aile aç kalmasın diye ekmek ve un fiyatını sabitledi; tağutların topraklarında ise fakirler saatlerce kuyrukta bekliyor. İşte Hilafetin adaleti budur.",
)
add_train(
    "p2-victim-hijab",
    P,
    1,
    "victimhood;recruitment",
    en="They ban your daughters' hijab, raid your homes at dawn and call you an extremist for praying. How long will you accept humiliation in the land of the kuffar? The Khilafah has opened its doors to you.",
    ar="يمنعون حجاب بناتك، ويداهمون بيتك فجرا، ويسمونك متطرفا لأنك تصلي. إلى متى تقبل الذل في بلاد الكفار؟ الخلافة فتحت لك أبوابها.",
    fr="Ils interdisent le voile de tes filles, perquisitionnent ta maison à l'aube et te traitent d'extrémiste parce que tu pries. Jusqu'à quand accepteras-tu l'humiliation sur la terre des mécréants ? Le Califat t'a ouvert ses portes.",
    de="Sie verbieten das Kopftuch deiner Töchter, durchsuchen dein Haus im Morgengrauen und nennen dich Extremist, weil du betest. Wie lange willst du die Demütigung im Land der Kuffar hinnehmen? Das Kalifat hat dir seine Tore geöffnet.",
    ru="Они запрещают хиджаб твоим дочерям, врываются в твой дом на рассвете и называют тебя экстремистом за молитву. Сколько ещё ты будешь терпеть унижение в земле неверных? Халифат открыл тебе свои двери.",
    tr="Kızlarının başörtüsünü yasaklıyorlar, şafakta evini basıyorlar ve namaz kıldığın için sana aşırılıkçı diyorlar. Kâfirlerin diyarında bu zillete daha ne kadar katlanacaksın? Hilafet kapılarını sana açtı.",
)
add_train(
    "p2-brutality-spies",
    P,
    1,
    "brutality;threat",
    en="This is the end of every spy who sells the Muslims to the crusaders: the soldiers of the Khilafah executed the traitors in the square so that others take heed. Whoever betrays the Islamic State will meet the same fate.",
    ar="هذه نهاية كل جاسوس يبيع المسلمين للصليبيين: نفذ جنود الخلافة حكم القتل في الخونة في الساحة ليعتبر غيرهم. من يخن الدولة الإسلامية يلق المصير نفسه.",
    fr="Voici la fin de tout espion qui vend les musulmans aux croisés : les soldats du Califat ont exécuté les traîtres sur la place pour que les autres en tirent la leçon. Quiconque trahit l'État islamique connaîtra le même sort.",
    de="Das ist das Ende jedes Spions, der die Muslime an die Kreuzfahrer verkauft: Die Soldaten des Kalifats richteten die Verräter auf dem Platz hin, damit andere gewarnt sind. Wer den Islamischen Staat verrät, erleidet dasselbe Schicksal.",
    ru="Таков конец каждого шпиона, продающего мусульман крестоносцам: воины Халифата казнили предателей на площади в назидание другим. Кто предаст Исламское государство, разделит их участь.",
    tr="Müslümanları haçlılara satan her casusun sonu budur: Hilafetin askerleri hainleri başkalarına ibret olsun diye meydanda idam etti. İslam Devleti'ne ihanet eden aynı akıbete uğrayacak.",
)
add_train(
    "cs2-why-left",
    CS,
    0,
    "",
    en="Former ISIS members interviewed by researchers say what drew them in was not violence but the promise of a just caliphate with hospitals, homes and brotherhood, and what drove them out was discovering it was a lie.",
    ar="يقول أعضاء سابقون في داعش قابلهم باحثون إن ما جذبهم لم يكن العنف بل وعد بخلافة عادلة فيها مستشفيات وبيوت وأخوة، وما دفعهم للخروج هو اكتشاف أنها كذبة.",
    fr="D'anciens membres de l'EI interrogés par des chercheurs disent que ce qui les a attirés n'était pas la violence mais la promesse d'un califat juste, avec des hôpitaux, des logements et une fraternité, et que ce qui les a fait partir, c'est de découvrir que c'était un mensonge.",
    de="Ehemalige IS-Mitglieder, die von Forschern befragt wurden, sagen: Angezogen hat sie nicht die Gewalt, sondern das Versprechen eines gerechten Kalifats mit Krankenhäusern, Wohnungen und Brüderlichkeit, und vertrieben hat sie die Erkenntnis, dass es eine Lüge war.",
    ru="Бывшие члены ИГИЛ, опрошенные исследователями, говорят, что привлекло их не насилие, а обещание справедливого халифата с больницами, жильём и братством, а ушли они, когда поняли, что это ложь.",
    tr="Araştırmacıların görüştüğü eski IŞİD üyeleri, onları çekenin şiddet değil hastaneleri, evleri ve kardeşliği olan adil bir hilafet vaadi olduğunu, ayrılmalarına ise bunun bir yalan olduğunu fark etmelerinin yol açtığını söylüyor.",
)
add_train(
    "cs2-imam-online",
    CS,
    0,
    "",
    en="Our imam started a weekly online class for young people: we read the verses ISIS quotes about hijrah and the caliphate in their full context, and we talk openly about why its call to 'come and serve' is a trap.",
    ar="بدأ إمامنا درسا أسبوعيا على الإنترنت للشباب: نقرأ الآيات التي يستشهد بها داعش عن الهجرة والخلافة في سياقها الكامل، ونتحدث بصراحة عن سبب كون دعوته 'تعالوا واخدموا' فخا.",
    fr="Notre imam a lancé un cours hebdomadaire en ligne pour les jeunes : nous lisons dans leur contexte complet les versets que l'EI cite sur la hijra et le califat, et nous expliquons ouvertement pourquoi son appel à « venir servir » est un piège.",
    de="Unser Imam hat einen wöchentlichen Online-Kurs für junge Leute begonnen: Wir lesen die Verse, die der IS über Hidschra und das Kalifat zitiert, in ihrem vollen Zusammenhang und sprechen offen darüber, warum sein Aufruf „kommt und dient“ eine Falle ist.",
    ru="Наш имам начал еженедельные онлайн-занятия для молодёжи: мы читаем аяты о хиджре и халифате, которые цитирует ИГИЛ, в полном контексте и открыто обсуждаем, почему его призыв «приезжайте служить» — ловушка.",
    tr="İmamımız gençler için haftalık çevrimiçi bir ders başlattı: IŞİD'in hicret ve hilafet hakkında alıntıladığı ayetleri tam bağlamıyla okuyor ve 'gelin hizmet edin' çağrısının neden bir tuzak olduğunu açıkça konuşuyoruz.",
)
add_train(
    "cs2-mercy-lie",
    CS,
    0,
    "",
    en="Daesh advertised 'mercy' and 'amnesty' for soldiers who repented. Human rights investigators found mass graves of the men who believed it. Their promises of forgiveness were bait.",
    ar="روج داعش 'للرحمة' و'العفو' عن الجنود التائبين. وجد محققو حقوق الإنسان مقابر جماعية للرجال الذين صدقوا ذلك. كانت وعود العفو طعما.",
    fr="Daech vantait la « miséricorde » et « l'amnistie » pour les soldats repentis. Les enquêteurs des droits humains ont trouvé les charniers des hommes qui y ont cru. Ses promesses de pardon étaient un appât.",
    de="Daesh warb mit „Barmherzigkeit“ und „Amnestie“ für Soldaten, die bereuten. Menschenrechtsermittler fanden die Massengräber der Männer, die daran glaubten. Seine Versprechen von Vergebung waren ein Köder.",
    ru="ДАИШ рекламировал «милость» и «амнистию» для раскаявшихся солдат. Правозащитники нашли массовые захоронения тех, кто в это поверил. Их обещания прощения были приманкой.",
    tr="DEAŞ tövbe eden askerlere 'merhamet' ve 'af' vaat ettiğini duyurdu. İnsan hakları araştırmacıları buna inanan adamların toplu mezarlarını buldu. Af vaatleri bir yemdi.",
)


# --------------------------------------------------------------------------------------------
# Later rounds live in their own modules beside this script (devsets/roundN_*.py), each a list
# of (concept, group, label, themes, {lang: text}); all of them are TRAIN only.
# --------------------------------------------------------------------------------------------
def _add_train_rounds(module: str, *lists: str) -> None:
    """Add every concept of the lists ``lists`` of ``devsets/<module>.py`` to TRAIN."""
    import importlib
    import sys

    sys.path.insert(0, str(HERE))
    mod = importlib.import_module(module)
    for name in lists:
        for cid, group, label, themes, texts in getattr(mod, name):
            add_train(cid, group, label, themes, **texts)


# --------------------------------------------------------------------------------------------
# Round 3 (train only): 60 hard-negative concepts in six languages (counter-speech that names
# the group and quotes its slogans to refute them, news and research about terrorism,
# humanitarian appeals, faith practice), in round3_negatives.py. Written by an author who
# did not read eval.csv; forced into TRAIN, so eval.csv is unchanged.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round3_negatives", "ROUND3_NEGATIVES")


# --------------------------------------------------------------------------------------------
# Round 4 (train only): 40 news-about-terrorism concepts in six languages, in the short
# forms of news feeds (headlines, "BREAKING", one-sentence ledes: claims of responsibility,
# battlefield reports, strikes, arrests, trials, camps), in round4_headlines_{a,b}.py.
# Written by two authors who did not read eval.csv, evalb.csv or evalc.csv. Until then the
# detector flagged such headlines ("Islamic State claims responsibility for ...") because the
# pack's pro-ISIS accounts relay them; the self-written news was all long, attributed ledes.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round4_headlines_a", "ROUND4_A")
_add_train_rounds("round4_headlines_b", "ROUND4_B")


# --------------------------------------------------------------------------------------------
# Round 6 (train only): the plain recruitment pitch in six languages, in round6_pitch.py: 20
# concepts of calls for doctors, nurses, engineers and other professionals to come and serve
# and of boasts of services under the "state" (label 1), and 10 of label 0: the same kind of
# pitch quoted inside counter-speech, news and research, and one genuine appeal for doctors.
# Until then barely half of such plain pitches were flagged outside English. Written
# without reading the behaviour checklists (src/vigil/classify/checklists), which measure it.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round6_pitch", "ROUND6_PITCH")


# --------------------------------------------------------------------------------------------
# Round 7 (train only): the plain pitch QUOTED, in round7_quoting.py: 36 concepts of label 0 that
# put a recruitment pitch (calls for doctors, nurses, midwives, engineers, students; "hospitals of
# the Caliphate", "come and live under the shade of the Shariah") verbatim inside counter-speech,
# news and research, a dozen of them with the quotation as most of the text; and 12 new plain
# pitches (label 1) for professionals and services, written natively in Arabic, Russian and
# Turkish. Trained on round 6, the detector flagged too many texts that quote the pitch and still
# missed a few plain pitches in ar, ru and tr. Written without reading the behaviour checklists
# (src/vigil/classify/checklists), which measure it.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round7_quoting", "ROUND7")


# --------------------------------------------------------------------------------------------
# Round 8 (train only): ordinary political posts about the Middle East, in round8_politics.py:
# 40 concepts of label 0 (group "everyday"): opinions on the region's politics and wars, strong
# ones included and from many sides (pro-Palestinian, pro-Israeli, against Assad, against
# Russia's bombing, against the US, Kurdish, Turkish nationalist); prayers about a people or a
# leader; shared headlines with a comment and hashtags (elections, sanctions, ceasefires,
# refugees, summits, oil); everyday talk that touches politics. The pack's pro-ISIS accounts
# relay a great deal of world news about the region, so the detector scored people's posts
# that name Gaza, Damascus, Assad or Erdoğan high. Self-written for vigil.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round8_politics", "ROUND8")


# --------------------------------------------------------------------------------------------
# Round 9 (train only): plain boasts of services under the "state", in round9_pitch.py: 9
# concepts (label 1) of short, calm, news-like announcements from the group's point of view (a
# maternity ward, medical graduates, zakat for widows, bread prices, a vaccination campaign,
# dialysis, ambulances, a Shariah court, a road), with no quotation marks and no outside
# framing. Trained on round 7, the detector missed some such plain pitches. Written without
# reading the behaviour checklists (src/vigil/classify/checklists), which measure it.
# --------------------------------------------------------------------------------------------
_add_train_rounds("round9_pitch", "ROUND9")


def _split(cid: str) -> str:
    if cid in TRAIN_ONLY:
        return "train"
    h = int(hashlib.sha256(cid.encode()).hexdigest(), 16) % 100
    return "eval" if h < EVAL_SHARE else "train"


def build() -> dict[str, int]:
    out: dict[str, list[list[str]]] = {"train": [], "eval": []}
    for cid, group, label, themes, texts in C:
        for lang, text in texts.items():
            out[_split(cid)].append([text, str(label), group, lang, themes, cid])
    for name, rows in out.items():
        with open(HERE / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["text", "label", "group", "lang", "themes", "concept"])
            w.writerows(rows)
    return {k: len(v) for k, v in out.items()}


if __name__ == "__main__":
    print(build())
