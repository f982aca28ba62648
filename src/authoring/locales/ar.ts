
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'authoring.embed.invalid': str`في مستند القصة مشكلات (${0})؛ أولها: ${1}`,
'authoring.embed.no-quote': str`لا يحتوي المستند على اقتباس بالمعرّف ${0}.`,
'authoring.json.after-end': str`JSON غير صالح: يستمر النص بعد نهاية المستند: ${0}.`,
'authoring.json.colon': str`JSON غير صالح: كان متوقعًا نقطتان بعد المفتاح، وُجد ${0}.`,
'authoring.json.comma-list': str`JSON غير صالح: كان متوقعًا هنا فاصلة أو ]، وُجد ${0}.`,
'authoring.json.comma-object': str`JSON غير صالح: كان متوقعًا هنا فاصلة أو }، وُجد ${0}.`,
'authoring.json.empty': `النص فارغ: مستند القصة كائن JSON مثل {"version": 1, …}.`,
'authoring.json.end': `JSON غير صالح: ينتهي النص قبل اكتمال المستند (ينقص قوس إغلاق } أو ] أو علامة ").`,
'authoring.json.key': str`JSON غير صالح: كان متوقعًا هنا مفتاح بين علامتي تنصيص مزدوجتين، وُجد ${0}.`,
'authoring.json.string-control': `JSON غير صالح: يُكتب فاصل السطر أو علامة الجدولة داخل النص \\n أو \\t.`,
'authoring.json.string-end': `JSON غير صالح: هذا النص غير مغلق بعلامة تنصيص مزدوجة.`,
'authoring.json.string-escape': str`JSON غير صالح: ${0} ليس تسلسل هروب يعرفه JSON (اكتب \\\\ للشرطة المائلة العكسية).`,
'authoring.json.trailing-comma': `JSON غير صالح: لا يُسمح بفاصلة بعد آخر عضو في الكائن.`,
'authoring.json.value': str`JSON غير صالح: كان متوقعًا هنا قيمة (نص بين علامتي تنصيص مزدوجتين، أو رقم، أو true أو false أو null أو { … } أو [ … ])، وُجد ${0}.`,
'authoring.table.ambiguous-number': str`يمكن قراءة ${0} عددًا صحيحًا أو عددًا عشريًا: اكتبه بلا فاصل آلاف (86000)، أو بمنزلة عشرية أو اثنتين.`,
'authoring.table.column-lang': str`العمود ${0}: بعد النقطتين يأتي رمز لغة، كما في title:nl أو title:en.`,
'authoring.table.duplicate-column': str`يظهر العمود ${0} مرتين.`,
'authoring.table.empty': `الجدول فارغ: يسمّي صفه الأول الأعمدة (مثلًا id وtitle وstart).`,
'authoring.table.into-invalid': str`في المستند الذي تُضاف إليه الصفوف مشكلة خاصة به؛ أصلحها أولًا. ${0}: ${1}`,
'authoring.table.missing-column': str`العمود ${0} مفقود: يحتاجه كل صف.`,
'authoring.table.mixed': str`العمود ${0} بلا لغة، بجانب أعمدة لها لغة، وليس في المستند "lang" يحددها: سمِّه مثل ${1}.`,
'authoring.table.no-rows': `لا يحتوي الجدول على صفوف تحت صفه الأول (أسماء الأعمدة).`,
'authoring.table.not-translatable': str`العمود ${0}: هذا الحقل ليس نصًا بعدة لغات، فلا يأخذ :لغة.`,
'authoring.table.quotes': `قيمة بين علامتي تنصيص غير مغلقة: تنقص علامة تنصيص مزدوجة.`,
'authoring.table.unknown-column': str`عمود غير معروف ${0}. الأعمدة هي: ${1} (و x-… لبياناتك الخاصة).`,
'authoring.table.unnamed-column': `لهذا العمود قيم لكن لا اسم له في الصف الأول.`,
'authoring.table.unreadable': `تعذّرت قراءة هذا الصف صفًا من الجدول.`,
'cli.added.few': str`أُضيفت ${0} مدخلات.`,
'cli.added.many': str`أُضيف ${0} مدخلًا.`,
'cli.added.one': str`أُضيف ${0} مدخل.`,
'cli.added.other': str`أُضيف ${0} مدخل.`,
'cli.added.two': `أُضيف مدخلان.`,
'cli.added.zero': `لم تُضف أي مدخلات.`,
'cli.bad-value': str`يأخذ الخيار ${0} إحدى القيم ${1}، لا ${2}.`,
'cli.exclusive': str`استخدم ${0} أو ${1}، لا كليهما.`,
'cli.help': `الاستخدام: civic-story COMMAND [الخيارات]

الأوامر:
  validate FILE…   فحص مستندات القصص؛ كل مشكلة مع سطرها:عمودها
  embed FILE       طباعة HTML للصقه في صفحة
  import FILE      تحويل جدول بيانات (CSV أو TSV) إلى مدخلات في مستند قصة
  new              بدء مستند قصة جديد

خيارات لكل أمر:
  --lang LANG      لغة الرسائل (en, nl, sv, fr, de, ar)؛ الافتراضي من LANG
  --help           مساعدة أمر: civic-story validate --help
  --version        إصدار civic-story

رموز الخروج: 0 كل شيء سليم، 1 وُجدت مشكلات، 2 لم يُفهم الأمر.`,
'cli.help.embed': `الاستخدام: civic-story embed FILE --element city-profile|timeline|quote [الخيارات]

يطبع HTML للصقه في صفحة: وسم السكربت، والعنصر مع المستند ومحتواه البديل للقراء دون
JavaScript، وJSON-LD لمحركات البحث.
  --element NAME   city-profile أو timeline أو quote
  --quote ID       لـ quote: أي اقتباس (الافتراضي: الأول)
  --inline         وضع المستند داخل العنصر (الافتراضي)
  --src URL        جعل العنصر يحمّل المستند من URL بدلًا من ذلك
  --bundle URL     مكان civic-story.bundle.js في موقعك (الافتراضي /assets/civic-story.bundle.js)

رموز الخروج: 0 طُبع، 1 في المستند مشكلات، 2 لم يُفهم الأمر.`,
'cli.help.import': `الاستخدام: civic-story import FILE.csv|FILE.tsv --as initiatives|facts|quotes|sources [الخيارات]

يصبح كل صف من الجدول مدخلًا؛ يسمّي الصف الأول الأعمدة (title وstart و…؛
title:nl وtitle:en لنص بلغتين).
  --as KIND        initiatives أو facts أو quotes أو sources
  --into DOC.json  إضافة الصفوف إلى مستند القصة هذا (الافتراضي: مستند جديد)
  --out FILE       كتابة المستند في FILE (الافتراضي: طباعته)

لا يُكتب شيء إذا كانت في خلية مشكلة: تُطبع كل مشكلة هكذا FILE:الصف:العمود.
رموز الخروج: 0 استُورد، 1 وُجدت مشكلات، 2 لم يُفهم الأمر.`,
'cli.help.new': `الاستخدام: civic-story new --city NAME [--lang LANG] [--out FILE]

يطبع مستند قصة جديدًا فيه جزء واحد من كل نوع، لتحريره: النصوص المؤقتة بين [قوسين معقوفين].
  --city NAME      اسم المدينة
  --lang LANG      لغة المستند (والرسائل)؛ الافتراضي en
  --out FILE       كتابة المستند في FILE (الافتراضي: طباعته)`,
'cli.help.validate': `الاستخدام: civic-story validate FILE… [--format text|json]

يفحص كل مستند قصة. تُطبع كل مشكلة هكذا:
  FILE:السطر:العمود  المسار  الرسالة
  --format json    قائمة JSON واحدة من { file, valid, problems: [{ path, message, line, column }] }

رموز الخروج: 0 كل ملف صالح، 1 وُجدت مشكلات، 2 لم يُفهم الأمر.`,
'cli.internal': str`حدث خطأ داخل civic-story: ${0}. أبلغ عنه من فضلك، مع الأمر الذي شغّلته.`,
'cli.missing-file': str`يحتاج civic-story ${1} إلى ملف؛ يشرح civic-story ${1} --help المزيد.`,
'cli.missing-flag': str`يحتاج civic-story ${2} إلى ${1}؛ يشرح civic-story ${2} --help المزيد.`,
'cli.missing-value': str`يحتاج الخيار ${0} إلى قيمة بعده.`,
'cli.no-command': `حدّد ما المطلوب: civic-story validate أو embed أو import أو new (يشرح civic-story --help المزيد).`,
'cli.not-found': str`لا يوجد ملف ${0}.`,
'cli.not-written': `لم يُكتب شيء: لن يكون المستند صالحًا.`,
'cli.problems.few': str`${0} مشكلات.`,
'cli.problems.many': str`${0} مشكلةً.`,
'cli.problems.one': str`${0} مشكلة.`,
'cli.problems.other': str`${0} مشكلة.`,
'cli.problems.two': `مشكلتان.`,
'cli.too-many-files': str`يأخذ civic-story ${1} ملفًا واحدًا؛ يشرح civic-story ${1} --help المزيد.`,
'cli.unknown-command': str`أمر غير معروف ${0}. الأوامر: validate وembed وimport وnew؛ يشرح civic-story --help المزيد.`,
'cli.unknown-flag': str`خيار غير معروف ${0} للأمر ${2}؛ يسرد civic-story ${2} --help خياراته.`,
'cli.unreadable': str`تعذّرت قراءة الملف ${0} (${1}).`,
'cli.unwritable': str`تعذّرت كتابة الملف ${0} (${1}).`,
'cli.valid': str`${0}: مستند قصة صالح.`,
'cli.wrote': str`كُتب ${0}.`,
    };
