# ruff: noqa: E501
"""Independent evaluation rows (ar, ru, tr), self-written for vigil; never used for training."""

# fmt: off
ROWS: list[tuple[str, int, str, str, str]] = [
    # (text, label, group, lang, themes)
    # NOTE: this file holds the label-0 (hard-negative) groups only. The `propaganda`
    # and `islamophobic_hate` rows were not written by this author; see the hand-off report.
    # ------------------------------------------------------------------ ar
    # counter_speech
    ("داعش تسمي القتل «جهاداً» وتسمي الخطف «هجرة»… ما عرفوا من الدين إلا اسمه. وأغلب الدم اللي سفكوه دم مسلمين 💔 #لا_للإرهاب", 0, "counter_speech", "ar", ""),
    ("رحت وعمري ١٩ سنة وأنا مصدق إنها «خلافة على منهاج النبوة». أول يوم أخذوا جوازي. شفت «المجاهدين» يسرقون بيوت الناس ويسمونها غنائم، وشفت الأمير ياكل لحم والناس جوعانة. اللي يقولك هناك عدل ومستشفيات ببلاش كذاب، المستشفى كان للمقاتلين بس والمدني يموت على الباب. أكتب هذا لأي شاب يفكر يروح: لا تروح.", 0, "counter_speech", "ar", ""),
    ("رسالة من أم مكسورة: ابني سافر بحجة الدراسة، وبعد شهرين وصلني صوته من رقم غريب يقول «أنا في أرض الخلافة يا أمي». من يومها ما نمت ليلة كاملة. يا أمهات، كلّموا أولادكم، اعرفوا مع مين يحكون، لا تتركوهم لحسابات على التلغرام تبيع لهم الجنة.", 0, "counter_speech", "ar", ""),
    ("في الرد على شبهة الخوارج الجدد: يستدل الدواعش بآيات نزلت في المشركين المحاربين فيُنزلونها على أهل القبلة، وهذا بعينه منهج الخوارج الذين وصفهم النبي ﷺ بأنهم يقرؤون القرآن لا يجاوز حناجرهم. والجهاد عبادة لها أحكام وضوابط، لا فوضى يعلنها كل من حمل بندقية وكفّر الناس.", 0, "counter_speech", "ar", ""),
    ("«باقية وتتمدد» 😂😂 باقية في ملفات المحاكم وتتمدد في المقابر. خلافتهم الكرتونية انتهت وبقيت الشعارات في قنوات يديرها ناس قاعدين في غرفهم #داعش", 0, "counter_speech", "ar", ""),
    ("يا أخي اللي يسمّون نفسهم «الدولة الإسلامية» لا هم دولة ولا هم إسلامية. دولة بلا قانون غير مزاج الأمير، وإسلام يفجّر المصلين في المساجد. لا تخلي فيديو فيه أناشيد ورايات سودا يضحك عليك.", 0, "counter_speech", "ar", ""),
    ("أنا من الموصل وعشت ثلاث سنين تحت حكم داعش. الحسبة كانت تجلد الرجال على علبة دخان، والمدارس صارت تعلّم الأطفال يعدّون الرصاص بدل التفاح. كل ما أشوف واحد يترحم على «أيام الخلافة» أتذكر إننا احنا اللي عشناها، مو هو.", 0, "counter_speech", "ar", ""),
    ("كانوا يقولون للبنات: هاجري وتزوجي مجاهداً بطلاً وعيشي في ظل الشريعة 🌸. الحقيقة: أرملة بعد ثلاث شهور، ثم زواج ثاني بالغصب، ثم مخيم وأطفال بلا أوراق. هذه مش هجرة، هذه تجارة بالبشر باسم الدين. #لا_تصدقوهم", 0, "counter_speech", "ar", ""),
    ("صليبيين، مرتدين، طواغيت، صحوات… كل من لا يوافق داعش عندهم كافر حلال الدم. وبهذه الطريقة قتلوا من المسلمين أضعاف ما قتلوا من غيرهم.", 0, "counter_speech", "ar", ""),
    ("ما تسميه داعش «عملية استشهادية» هو انتحار وقتل أبرياء. الشهيد الحقيقي هو الطبيب اللي بقي في مستشفاه تحت القصف يخيط جروح الناس، مو اللي فجّر نفسه في سوق خضار.", 0, "counter_speech", "ar", ""),
    ("📌 سلسلة توعوية: كيف تكشف حساب تجنيد؟\n١- يبدأ بالكلام عن ظلم المسلمين ومعاناتهم\n٢- ثم يقدّم «الحل» الوحيد: الخلافة\n٣- ثم يعزلك عن أهلك وعن العلماء بحجة أنهم «علماء سلاطين»\n٤- ثم يطلب منك البيعة أو الهجرة\nإذا شفت هذا النمط: بلّغ عن الحساب وكلّم شخص تثق فيه.", 0, "counter_speech", "ar", ""),
    ("كنت أعيد نشر إصدارات «الولايات» وأحسب نفسي من إعلام المجاهدين. اليوم أخجل من كل منشور. تلك المقاطع المصقولة كانت تخفي الجوع والخوف وإعدام أي شخص يعترض. إذا كنت اليوم مكاني قبل سنين، أرجوك اسمعني قبل فوات الأوان.", 0, "counter_speech", "ar", ""),
    # news_terror
    ("محكمة الجنايات تقضي بالسجن ١٥ عاماً لمتهم بالانتماء إلى تنظيم داعش الإرهابي وإدارة حسابات للترويج لأفكاره على مواقع التواصل الاجتماعي.", 0, "news_terror", "ar", ""),
    ("أعلنت قيادة العمليات المشتركة مقتل خمسة عناصر من تنظيم «داعش» في عملية أمنية بمنطقة صحراوية غربي البلاد، مشيرة إلى تدمير عدد من الأوكار وضبط أعتدة ومواد متفجرة.", 0, "news_terror", "ar", ""),
    ("أزالت منصات تواصل اجتماعي آلاف الحسابات والقنوات المرتبطة بتنظيم الدولة، في إطار عملية منسقة مع وكالة الشرطة الأوروبية «يوروبول» استهدفت شبكات النشر الدعائي للتنظيم.", 0, "news_terror", "ar", ""),
    ("عاجل | مقتل ثلاثة مدنيين وإصابة ثمانية آخرين بتفجير انتحاري استهدف سوقاً شعبياً، وتبنّى تنظيم داعش الهجوم عبر وكالة «أعماق» التابعة له، فيما فتحت السلطات تحقيقاً.", 0, "news_terror", "ar", ""),
    ("الشرطة توقف شاباً في العشرينات بتهمة السعي للالتحاق بتنظيم إرهابي خارج البلاد، بعد رصد تواصله مع حسابات تجنيد على تطبيقات مشفرة، وفق بيان للنيابة العامة.", 0, "news_terror", "ar", ""),
    ("تقرير: عودة مئات النساء والأطفال من مخيم الهول إلى بلدانهم الأصلية ضمن برامج لإعادة التأهيل والدمج، وسط مخاوف حقوقية بشأن أوضاع من بقوا في المخيم.", 0, "news_terror", "ar", ""),
    ("بدء محاكمة خمسة متهمين بالانضمام إلى «ولاية» تابعة لتنظيم داعش، وهيئة الدفاع تطعن في مشروعية الأدلة الرقمية المستخرجة من هواتف موكليها.", 0, "news_terror", "ar", ""),
    ("وزارة الداخلية: تفكيك خلية من أربعة أشخاص كانت تترجم إصدارات التنظيم وتنشرها، وتجمع تبرعات بزعم مساعدة عائلات عناصره المعتقلين، وإحالة المتهمين إلى القضاء.", 0, "news_terror", "ar", ""),
    # research_terror
    ("تخلص دراسة تحليلية لأكثر من ألف إصدار دعائي لتنظيم داعش إلى أن أكثر من نصف المحتوى انصبّ على صورة «الدولة» وخدماتها والحياة اليومية فيها، بينما لم تتجاوز مشاهد القتال والعنف عُشر الإنتاج، وهو ما يفسّر جاذبية خطاب «اليوتوبيا» لدى المجنَّدين الجدد.", 0, "research_terror", "ar", ""),
    ("ورقة بحثية جديدة تتناول كيف وظّف تنظيم الدولة مفهوم «الهجرة» لإعادة تعريف الانتماء لدى شباب من الجاليات المسلمة في أوروبا، استناداً إلى مقابلات معمّقة مع أربعين عائداً ومحاكمات موثقة.", 0, "research_terror", "ar", ""),
    ("ملخص أطروحة ماجستير: تحليل الخطاب في مجلتي «دابق» و«رومية» يكشف انتقالاً من خطاب بناء الدولة والتمكين إلى خطاب التحريض على الهجمات الفردية بعد خسارة الأراضي.", 0, "research_terror", "ar", ""),
    ("تقرير مرصد التطرف الفصلي: تراجع المحتوى الداعشي على المنصات الكبرى مقابل انتقاله إلى تطبيقات مشفرة وروابط قصيرة العمر، مع ارتفاع ملحوظ في المقاطع الموجهة للمراهقين.", 0, "research_terror", "ar", ""),
    # humanitarian_appeal
    ("مطلوب بشكل عاجل: أطباء جراحة عامة وتخدير للعمل في مستشفى ميداني شمال غربي سوريا ضمن بعثة إنسانية. مدة العقد ثلاثة أشهر مع تأمين السكن والتنقل. التقديم حصراً عبر الموقع الرسمي للمنظمة.", 0, "humanitarian_appeal", "ar", ""),
    ("حملة #دفء_غزة 🤲 تبرعك بـ٢٠ دولاراً يوفّر بطانية وحقيبة شتوية لعائلة نازحة. الشتاء قاسٍ والخيام لا تحمي من البرد، لا تستصغر القليل.", 0, "humanitarian_appeal", "ar", ""),
    ("نداء من الهلال الأحمر: بنوك الدم بحاجة ماسة إلى جميع الفصائل لإسعاف جرحى القصف الأخير. توجهوا إلى أقرب مركز للتبرع، فقطرة دم قد تنقذ حياة.", 0, "humanitarian_appeal", "ar", ""),
    ("منظمتنا تبحث عن ممرضين وممرضات وقابلات للعمل في عيادات متنقلة داخل مخيمات النزوح في اليمن. نوفر التدريب والتأمين. انضموا إلينا لخدمة من هم في أمسّ الحاجة.", 0, "humanitarian_appeal", "ar", ""),
    ("ساهم معنا في إعادة ترميم مدرسة ابتدائية دمرتها الحرب في الموصل، ليعود ٤٠٠ طفل إلى مقاعد الدراسة هذا العام. كل مساهمة تصنع فرقاً 📚", 0, "humanitarian_appeal", "ar", ""),
    # faith_practice
    ("رمضان كريم 🌙 اللهم بلّغنا ليلة القدر، وتقبّل منا الصيام والقيام وصالح الأعمال، وكل عام وأنتم بخير", 0, "faith_practice", "ar", ""),
    ("يُعلن المسجد عن بدء حلقة التجويد الأسبوعية بعد صلاة المغرب كل ثلاثاء، والدعوة عامة للرجال والنساء، وللأطفال حلقة خاصة يوم السبت.", 0, "faith_practice", "ar", ""),
    ("جمعة مباركة 🤍 لا تنسوا قراءة سورة الكهف والإكثار من الصلاة على النبي ﷺ والدعاء في آخر ساعة قبل المغرب", 0, "faith_practice", "ar", ""),
    ("سؤال يا إخوة: مسافر مسافة ٩٠ كم تقريباً، هل يجوز لي أجمع الظهر مع العصر وأقصرهما؟ ولا لازم أصلي كل صلاة في وقتها؟ جزاكم الله خيراً", 0, "faith_practice", "ar", ""),
    ("الحمد لله ختمت اليوم مع بنتي (٨ سنين) حفظ جزء عمّ كامل 😍 كانت تراجع معي كل ليلة قبل النوم. ربي يثبتها ويجعل القرآن ربيع قلبها", 0, "faith_practice", "ar", ""),
    ("تذكير: أخرجوا زكاة الفطر قبل صلاة العيد، ويجوز إخراجها قبل العيد بيوم أو يومين، واسألوا عن الأسر المتعففة في حيّكم فهم أولى.", 0, "faith_practice", "ar", ""),
    # scripture
    ("﴿وقاتلوا في سبيل الله الذين يقاتلونكم ولا تعتدوا إن الله لا يحب المعتدين﴾ [البقرة: ١٩٠]", 0, "scripture", "ar", ""),
    ("﴿من أجل ذلك كتبنا على بني إسرائيل أنه من قتل نفساً بغير نفس أو فساد في الأرض فكأنما قتل الناس جميعاً ومن أحياها فكأنما أحيا الناس جميعاً﴾ [المائدة: ٣٢]", 0, "scripture", "ar", ""),
    ("﴿وإن جنحوا للسلم فاجنح لها وتوكل على الله إنه هو السميع العليم﴾ [الأنفال: ٦١]", 0, "scripture", "ar", ""),
    # news_general
    ("افتتاح معرض «بغداد دار الخلافة» في المتحف الوطني، ويضم مخطوطات ودنانير وأدوات فلكية من العصر العباسي، ويستمر حتى نهاية الموسم الثقافي.", 0, "news_general", "ar", ""),
    ("مستشفى الجامعة يعلن حاجته إلى أطباء مقيمين وممرضين في أقسام الطوارئ والعناية المركزة، والتقديم إلكترونياً حتى نهاية الشهر الجاري.", 0, "news_general", "ar", ""),
    ("الفريق يغزو ملعب منافسه ويكتسحه بثلاثية نظيفة 🔥⚽ فتح مبين في الجولة الأخيرة والصدارة صارت قريبة #الدوري", 0, "news_general", "ar", ""),
    ("شركة ناشئة في الطاقة الشمسية تفتتح مكتباً في ولاية كاليفورنيا وتستقطب ٥٠ مهندساً ومهندسة، تحت شعار «انضم إلى فريق المستقبل».", 0, "news_general", "ar", ""),
    # ------------------------------------------------------------------ ru
    # counter_speech
    ("«Халифат» обещал справедливость, а принёс рабство, казни и разрушенные города. ИГИЛ убил больше мусульман, чем кого-либо ещё. Не ведитесь на красивые ролики с нашидами 🙏 #нетТерроризму", 0, "counter_speech", "ru", ""),
    ("Я поверил вербовщику из интернета: там, мол, настоящий ислам, братство, всё бесплатно. На месте паспорт забрали в первый же день. «Братья»-муджахиды стучали друг на друга, за одно лишнее слово — яма. Бесплатная больница? Туда пускали только своих, а местные умирали у ворот. Кто сейчас читает такие каналы — поверь тому, кто оттуда еле вернулся.", 0, "counter_speech", "ru", ""),
    ("Мой сын уехал «на хиджру» в девятнадцать. Последнее сообщение: «Мама, я в Шаме, не плачь». Больше я его голоса не слышала. Матери, разговаривайте с детьми, смотрите, что они читают по ночам. Вербовщики пишут им ласковее, чем мы.", 0, "counter_speech", "ru", ""),
    ("Имам сегодня на пятничной проповеди разобрал, как ДАИШ выдёргивает аяты о сражении из контекста. Аят «Сражайтесь на пути Аллаха с теми, кто сражается с вами» заканчивается словами «но не преступайте границ». Вот эту часть они почему-то никогда не цитируют.", 0, "counter_speech", "ru", ""),
    ("«Остающееся и расширяющееся» 😂 Осталось только в чатиках, а расширяется разве что список осуждённых. Хватит репостить этих клоунов, ребят.", 0, "counter_speech", "ru", ""),
    ("Ты серьёзно? У них «крестоносцы», «тагуты» и «муртады» — это все, кто не с ними, включая твою бабушку, которая пять раз в день намаз читает. Сначала объявят кафиром соседа, потом тебя.", 0, "counter_speech", "ru", ""),
    ("Братья, кто работает на стройках и в доставке: в общий чат может написать «земляк», начнёт про то, как унижают мусульман, потом позовёт «на джихад» и «к братьям в халифат». Это вербовка. Не отвечайте, сохраните переписку и покажите старшим или имаму.", 0, "counter_speech", "ru", ""),
    ("Девочки, «муж-муджахид» и «жизнь по шариату в Исламском государстве» — это сказка для вербовки. Реальность: вдовство через пару месяцев, лагерь, дети без документов. Я сама сидела в этих «сестринских» каналах, пока не увидела, какими оттуда возвращаются.", 0, "counter_speech", "ru", ""),
    ("Какие они шахиды? Взорвать себя в толпе — это не мученичество, а убийство и самоубийство, оба прямо запрещены в исламе.", 0, "counter_speech", "ru", ""),
    ("📌 Признаки онлайн-вербовки:\n1) тебе постоянно рассказывают, как страдают мусульмане;\n2) убеждают, что защитить их может только «Исламское государство»;\n3) просят ничего не говорить родителям;\n4) зовут «совершить хиджру» или принести байат.\nУвидел такое — сохрани переписку и обратись к тем, кому доверяешь.", 0, "counter_speech", "ru", ""),
    ("Я из Ракки. Когда пришли игиловцы, первым делом закрыли школы для девочек, а на площади повесили «шпиона» — нашего соседа, учителя математики. Вот вам и «справедливый шариатский суд», о котором пишут в их каналах.", 0, "counter_speech", "ru", ""),
    ("Вернулся из Сирии, отсидел, теперь работаю в профилактическом проекте с подростками. Каждое «такбир!» в их роликах я теперь слышу как звук вранья, за которым стоят чьи-то похороны.", 0, "counter_speech", "ru", ""),
    # news_terror
    ("Суд приговорил 28-летнего жителя Подмосковья к 12 годам колонии строгого режима за участие в деятельности запрещенной в РФ террористической организации «Исламское государство».", 0, "news_terror", "ru", ""),
    ("ФСБ задержала троих сторонников запрещенной в России террористической организации, которые, по данным ведомства, вербовали трудовых мигрантов через мессенджеры. Возбуждены уголовные дела.", 0, "news_terror", "ru", ""),
    ("В сирийской пустыне Бадия возобновились столкновения между правительственными силами и боевиками ИГ (террористическая организация, запрещена в РФ); сообщается о потерях с обеих сторон.", 0, "news_terror", "ru", ""),
    ("Роскомнадзор по требованию Генпрокуратуры ограничил доступ к более чем 200 каналам и группам, распространявшим материалы «Исламского государства» (запрещено в РФ).", 0, "news_terror", "ru", ""),
    ("Взрыв на рынке: погибли четыре человека, ещё 11 ранены. Ответственность взяла на себя группировка «Исламское государство» (запрещена в РФ). Следователи изучают записи камер.", 0, "news_terror", "ru", ""),
    ("Присяжные признали виновным мужчину, обвинявшегося в финансировании терроризма: по версии следствия, он переводил деньги «на нужды братьев» боевикам запрещенной в РФ организации.", 0, "news_terror", "ru", ""),
    ("Из Ирака в Россию вернули ещё 30 детей, чьи матери осуждены за участие в запрещенной в РФ террористической организации. Дети переданы родственникам.", 0, "news_terror", "ru", ""),
    ("Европол провёл скоординированную операцию против пропагандистских ресурсов ИГ: удалены тысячи аккаунтов и файлов на нескольких платформах.", 0, "news_terror", "ru", ""),
    # research_terror
    ("Анализ около трёх тысяч постов из русскоязычных джихадистских телеграм-каналов показал: темы «братства» и «справедливого халифата» встречаются в разы чаще, чем сцены насилия. Авторы считают это ключевым фактором привлечения молодёжи.", 0, "research_terror", "ru", ""),
    ("В статье рассматривается эволюция русскоязычной пропаганды ИГИЛ — от глянцевых журналов и видео с профессиональным монтажом до анонимных каналов с короткими роликами и «нашидами».", 0, "research_terror", "ru", ""),
    ("Социологи провели интервью с 60 женщинами, вернувшимися из зоны конфликта. Большинство называли главными мотивами поиск «настоящей уммы» и обещания мужа-единоверца, а не идеологию.", 0, "research_terror", "ru", ""),
    ("Доклад аналитического центра: алгоритмы рекомендаций видеоплатформ могут за несколько кликов выводить подростков от религиозного контента к материалам экстремистского характера.", 0, "research_terror", "ru", ""),
    # humanitarian_appeal
    ("«Врачи без границ» ищут хирургов, анестезиологов и акушеров для работы в проектах в зонах вооружённых конфликтов. Опыт от двух лет, английский или французский. Подробности и анкета — на официальном сайте.", 0, "humanitarian_appeal", "ru", ""),
    ("Собираем на реанимобиль для больницы в Газе 🚑 Нужна каждая сотня. Отчёты о расходах публикуем в канале, чеки прикладываем.", 0, "humanitarian_appeal", "ru", ""),
    ("Красный Крест: после вчерашнего обстрела срочно нужны доноры крови всех групп, особенно первой отрицательной. Приходите в ближайший пункт сдачи крови.", 0, "humanitarian_appeal", "ru", ""),
    ("Благотворительный фонд ищет медсестёр и фельдшеров-волонтёров для работы в пунктах помощи беженцам. Обучение и страховку обеспечиваем. Откликнитесь — вы очень нужны.", 0, "humanitarian_appeal", "ru", ""),
    ("Помогите детям Сирии пережить зиму ❄️ 1500 рублей — это тёплая куртка, шапка и ботинки для одного ребёнка в лагере для переселенцев.", 0, "humanitarian_appeal", "ru", ""),
    # faith_practice
    ("Рамадан мубарак, дорогие! 🌙 Пусть Всевышний примет наш пост, дуа и садака. Не забывайте звать соседей на ифтар.", 0, "faith_practice", "ru", ""),
    ("При мечети открывается набор на курсы арабского языка и таджвида для взрослых. Занятия по выходным, для сестёр — отдельная группа.", 0, "faith_practice", "ru", ""),
    ("Джума мубарак 🤍 Прочитайте сегодня суру «Пещера» и побольше салаватов Пророку ﷺ", 0, "faith_practice", "ru", ""),
    ("Ассаляму алейкум, вопрос по закяту: если деньги лежат на вкладе меньше года, но сумма выше нисаба, нужно уже выплачивать или ждать, пока пройдёт год?", 0, "faith_practice", "ru", ""),
    ("Сегодня был никах у младшей сестры, альхамдулиллях! Имам сказал такие тёплые слова о семье, что мама весь вечер плакала 😊", 0, "faith_practice", "ru", ""),
    ("Ураза-байрам мубарак! Праздничный намаз в нашей мечети начнётся рано утром, приходите заранее, места на всех может не хватить. Не забудьте закят аль-фитр.", 0, "faith_practice", "ru", ""),
    # scripture
    ("«Сражайтесь на пути Аллаха с теми, кто сражается с вами, но не преступайте границ дозволенного. Воистину, Аллах не любит преступающих» (Коран, 2:190, смысловой перевод).", 0, "scripture", "ru", ""),
    ("«Кто убьёт человека не за убийство и не за распространение нечестия на земле, тот словно убил всех людей, а кто сохранит жизнь человеку, тот словно сохранил жизнь всем людям» (Коран, 5:32, смысловой перевод).", 0, "scripture", "ru", ""),
    ("Пророк ﷺ сказал: «Мусульманин — тот, от языка и рук которого в безопасности другие мусульмане» (хадис, аль-Бухари; пересказ смысла).", 0, "scripture", "ru", ""),
    # news_general
    ("В Музее Востока открылась выставка «Багдад — город халифов»: рукописи, монеты и астролябии эпохи Аббасидского халифата впервые показывают вместе.", 0, "news_general", "ru", ""),
    ("Городская больница объявляет набор врачей, медсестёр и фельдшеров скорой помощи. Кандидатам обещают подъёмные и служебное жильё.", 0, "news_general", "ru", ""),
    ("Штурм удался! Гости взяли крепость соперника 3:1 и завоевали путёвку в полуфинал ⚽🔥 Болельщики уже называют это походом века.", 0, "news_general", "ru", ""),
    ("IT-компания объявила массовый рекрутинг: нужны 70 инженеров-разработчиков. «Вступай в нашу армию» — гласит слоган кампании, который уже успели раскритиковать в соцсетях.", 0, "news_general", "ru", ""),
    # ------------------------------------------------------------------ tr
    # counter_speech
    ("DEAŞ'ın 'hilafet' dediği şey kan, gözyaşı ve köle pazarıydı. Müslüman'ı en çok öldüren örgütü İslam'ın temsilcisi sanmayın. #TerörüLanetliyoruz", 0, "counter_speech", "tr", ""),
    ("Oraya 'hicret' diye gittim, 20 yaşındaydım. İlk gün pasaportumu aldılar. 'Kardeşlik' dedikleri şey herkesin birbirini ispiyonladığı bir düzendi. Bedava hastane masalı mı? Sivil kapıda ölürken emirin adamları içeride tedavi oluyordu. Bunu okuyan bir genç varsa: gitme, pişman olursun, ben oldum.", 0, "counter_speech", "tr", ""),
    ("Oğlum 'Suriye'de mazlumlara yardıma gidiyorum' dedi, bir daha sesini duymadım. Anneler, babalar, çocuklarınızın telefonda kimlerle konuştuğunu sorun. Bu adamlar evlatlarımızı bizden tatlı dille koparıyor.", 0, "counter_speech", "tr", ""),
    ("Cuma hutbesinde hocamız çok güzel anlattı: DEAŞ, Bakara 190'daki 'sizinle savaşanlarla savaşın' kısmını alıyor, 'haddi aşmayın' kısmını yutuyor. Müslümanları tekfir etmek cihat değil, düpedüz Hariciliktir.", 0, "counter_speech", "tr", ""),
    ("'Bakidir ve genişlemektedir' 😂 Baki kalan tek şey mahkeme kayıtları, genişleyen de cezaevi koğuşları kardeşim.", 0, "counter_speech", "tr", ""),
    ("adamların sözlüğünde tağut, haçlı, mürted falan... kendilerinden olmayan herkes yani. beş vakit namazını kılan deden bile bunlara göre kafir, o derece.", 0, "counter_speech", "tr", ""),
    ("Musul'da üç yıl onların idaresinde yaşadım. Hisbe bir paket sigara için adam kırbaçlıyordu, okullar kapandı, komşumuz 'casus' diye meydanda öldürüldü. 'Adaletli İslam Devleti' diye paylaşım yapanlara sesleniyorum: o 'adaleti' biz yaşadık.", 0, "counter_speech", "tr", ""),
    ("Kızlar, 'mücahit bir eşle şeriat gölgesinde hayat' hikayesi bir tuzak. Gerçek: üç ayda dul kalmak, zorla ikinci evlilik, sonra kamp ve kimliksiz çocuklar. Bu hicret değil, din kisvesi altında insan ticareti.", 0, "counter_speech", "tr", ""),
    ("Pazarda kendini patlatana 'şehit' demek şehitliğe hakarettir. Kur'an'a göre bir masumu öldüren bütün insanlığı öldürmüş gibidir.", 0, "counter_speech", "tr", ""),
    ("📌 Çevrimiçi devşirme nasıl işler?\n1) Önce Müslümanların çektiği zulmü anlatırlar\n2) 'Tek çare Hilafet' derler\n3) Seni ailenden ve hocalarından uzaklaştırırlar\n4) Hicret ya da biat isterler\nBu düzeni görürsen hesabı şikayet et ve güvendiğin biriyle konuş.", 0, "counter_speech", "tr", ""),
    ("Bir zamanlar onların videolarını Türkçeye çeviren hesaplardan biriydim. O parlak görüntülerin arkasında açlık, korku ve itiraz eden herkesin infazı vardı. Bugün utanıyorum. Bu satırlar, o günkü bana benzeyen gençler için.", 0, "counter_speech", "tr", ""),
    ("IŞİD propagandası hâlâ kısa video uygulamalarında dönüyor: neşid + ağır çekim + siyah bayrak. Gördüğünüz yerde raporlayın arkadaşlar 🙏 #DEAŞ", 0, "counter_speech", "tr", ""),
    # news_terror
    ("İstanbul merkezli 5 ilde terör örgütü DEAŞ'a yönelik eş zamanlı operasyon: 12 şüpheli gözaltına alındı, çok sayıda dijital materyale el konuldu.", 0, "news_terror", "tr", ""),
    ("Terör örgütü DEAŞ üyeliğinden yargılanan sanığa 7 yıl 6 ay hapis cezası verildi. Mahkeme, sanığın örgütle irtibatının dijital delillerle sabit olduğuna hükmetti.", 0, "news_terror", "tr", ""),
    ("Terör örgütü DEAŞ propagandası yaptığı belirlenen 40 sosyal medya hesabına erişim engeli getirildi, hesap yöneticileri hakkında soruşturma başlatıldı.", 0, "news_terror", "tr", ""),
    ("Irak'ta terör örgütü DEAŞ mensuplarının düzenlediği saldırıda 3 asker hayatını kaybetti, 2 asker yaralandı. Bölgede geniş çaplı arama çalışması başlatıldı.", 0, "news_terror", "tr", ""),
    ("MİT ve emniyetin ortak operasyonuyla terör örgütü DEAŞ'ın sözde yöneticilerinden biri yakalandı. Şüphelinin örgüte eleman temin ettiği belirlendi.", 0, "news_terror", "tr", ""),
    ("Suriye'deki El Hol kampında bulunan 18 kadın ve çocuk Türkiye'ye iade edildi. Kadınlar hakkında adli süreç başlatıldı, çocuklar koruma altına alındı.", 0, "news_terror", "tr", ""),
    ("Terör örgütü DEAŞ'a eleman temin etmekle suçlanan sanık, duruşmada suçlamaları reddederek 'Sadece dini sohbetlere katıldım' dedi. Dava ertelendi.", 0, "news_terror", "tr", ""),
    ("Europol koordinasyonunda terör örgütü DEAŞ'ın propaganda ağına yönelik operasyonda binlerce içerik ve hesap kaldırıldı.", 0, "news_terror", "tr", ""),
    # research_terror
    ("Yeni bir çalışma, DEAŞ'ın Türkçe propaganda içeriklerinde 'kardeşlik' ve 'adil devlet' temalarının şiddet sahnelerinden çok daha sık kullanıldığını ortaya koyuyor. Araştırmacılar bunun gençler üzerindeki çekim gücünü açıkladığını belirtiyor.", 0, "research_terror", "tr", ""),
    ("Makalede, örgütün 'hicret' kavramını nasıl yeniden tanımlayarak Avrupa'daki Müslüman gençlere aidiyet vaat ettiği, geri dönen 35 kişiyle yapılan görüşmeler üzerinden inceleniyor.", 0, "research_terror", "tr", ""),
    ("Tez özeti: Dabiq ve Rumiyah dergilerinin söylem analizi, toprak kaybının ardından devlet inşası anlatısından bireysel saldırı çağrılarına geçişi gösteriyor.", 0, "research_terror", "tr", ""),
    ("Rapor: Radikal içerikler büyük platformlardan şifreli uygulamalara kayıyor; kısa ömürlü bağlantılar ve gençlere yönelik kısa videolar öne çıkıyor.", 0, "research_terror", "tr", ""),
    # humanitarian_appeal
    ("Sınır Tanımayan Doktorlar, çatışma bölgelerindeki projelerinde görev alacak cerrah, anestezi uzmanı ve ebe arıyor. En az iki yıl deneyim ve İngilizce ya da Fransızca şart. Başvurular resmi internet sitesi üzerinden.", 0, "humanitarian_appeal", "tr", ""),
    ("Gazze'deki hastaneler için ilaç ve tıbbi malzeme kampanyamız devam ediyor 🤲 Bağışlarınızın raporunu her hafta paylaşıyoruz. Az ya da çok, her katkı bir hayat.", 0, "humanitarian_appeal", "tr", ""),
    ("Kızılay'dan acil çağrı: Deprem bölgesindeki hastaneler için tüm kan gruplarına ihtiyaç var. En yakın kan bağış merkezine lütfen bugün uğrayın.", 0, "humanitarian_appeal", "tr", ""),
    ("Derneğimiz, mülteci kamplarındaki sağlık noktalarında görev alacak gönüllü hemşire ve sağlık teknikerleri arıyor. Eğitim ve sigorta bizden, yeter ki gönlünüz olsun.", 0, "humanitarian_appeal", "tr", ""),
    ("Suriyeli çocuklar bu kışı üşümeden geçirsin ❄️ 500 TL ile bir çocuğa mont, bere ve bot ulaştırıyoruz. #KışYardımı", 0, "humanitarian_appeal", "tr", ""),
    # faith_practice
    ("Hayırlı Ramazanlar 🌙 Rabbim oruçlarımızı, sahurlarımızı ve dualarımızı kabul eylesin. İftara komşuları çağırmayı unutmayalım.", 0, "faith_practice", "tr", ""),
    ("Camimizde yetişkinlere yönelik Kur'an-ı Kerim ve tecvid kursu başlıyor. Hafta sonu dersleri, hanımlar için ayrı sınıf mevcut.", 0, "faith_practice", "tr", ""),
    ("Hayırlı Cumalar 🤍 Bugün Kehf suresini okumayı ve bol bol salavat getirmeyi ihmal etmeyelim.", 0, "faith_practice", "tr", ""),
    ("Hocam bir sorum olacak: 90 km'lik yolculukta öğle ve ikindiyi cem edip kısaltabilir miyim, yoksa seferilik için mesafe yetmiyor mu?", 0, "faith_practice", "tr", ""),
    ("Kızım bugün ilk kez teravihe geldi, saflarda yanımda durup her rekâtta bana bakarak taklit etti 😊 Elhamdülillah.", 0, "faith_practice", "tr", ""),
    ("Bayram namazı camimizde güneş doğduktan yaklaşık 45 dakika sonra kılınacak. Fitre ve zekâtlarınızı bayramdan önce ihtiyaç sahiplerine ulaştırmayı unutmayın.", 0, "faith_practice", "tr", ""),
    # scripture
    ("'Sizinle savaşanlarla Allah yolunda savaşın, fakat haddi aşmayın. Şüphesiz Allah haddi aşanları sevmez.' (Bakara, 190; meal)", 0, "scripture", "tr", ""),
    ("'Kim bir cana kıymamış ya da yeryüzünde bozgunculuk çıkarmamış birini öldürürse bütün insanları öldürmüş gibi olur; kim de birini yaşatırsa bütün insanları yaşatmış gibi olur.' (Maide, 32; meal)", 0, "scripture", "tr", ""),
    ("Peygamberimiz ﷺ buyurdu: 'Kolaylaştırın, zorlaştırmayın; müjdeleyin, nefret ettirmeyin.' (Buhari; anlamca aktarım)", 0, "scripture", "tr", ""),
    # news_general
    ("'Bağdat: Halifeler Şehri' sergisi müzede ziyarete açıldı. Abbasi Hilafeti dönemine ait yazmalar, sikkeler ve usturlaplar ilk kez bir arada sergileniyor.", 0, "news_general", "tr", ""),
    ("Şehir hastanesi 120 hemşire ve 40 uzman doktor alımı yapacak. Başvurular ay sonuna kadar e-Devlet üzerinden alınacak.", 0, "news_general", "tr", ""),
    ("Deplasmanda kaleyi fethettik! 🦁🔥 3-1'lik galibiyetle zirveye bir adım daha yaklaştık, taraftar sabaha kadar fetih marşı söyledi.", 0, "news_general", "tr", ""),
    ("Yerli yazılım şirketi 60 mühendis alacak. İnsan kaynakları direktörü, 'Yetenek avına çıktık, ordumuzu büyütüyoruz' dedi.", 0, "news_general", "tr", ""),
]
# fmt: on
