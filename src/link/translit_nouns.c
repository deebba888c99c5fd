/*
** translit_nouns.c — fixed spellings of the common words of place, body and
** product names, for the romanizer (translit_romanize, names not a person's).
**
** The romanizer names an entity the KB does not know. Its letter channel
** writes no short vowels (البنك المركزي Al-Bnk Al-Mrczi, منظمة Mnzma, حزب
** Hazb), and its word memory, learnt from person names, spells a common
** noun as the surname it resembles (دولي Dooley, مصري Egyptian, جزيرة Gzera).
** These are the words that recur most in the names of the entities left
** unlinked on the news slices (src/link/README.md, session 19): Arabic words
** of organization names, written in a plain transliteration without
** diacritics (Hizb, Majlis, Al-Markazi, Al-Dawli), and English words written
** in Arabic letters, given back their English (ديلي ميل Daily Mail, دولار
** Dollar, فيسبوك Facebook). Keys are name keys (namekey.h: no hamza seats,
** ة as ه, ى as ي); spellings lower case, as in the word memory.
**
** Also the Maghreb's French-based spellings of the given names a Tunisian,
** Algerian or Moroccan person most often bears, which the word memory, learnt
** mostly from the Mashriq's names, spells the Mashriq's way (رضا Reza for
** Ridha, منجي Manji for Mongi, حسين Hussein for Houcine: session 31, ent36;
** بسام Bassam for Bassem, شفيق Shafiq for Chafik: session 38, ent53).
**
** And the words that open a place's name: everywhere (جبل Jabal, not the
** memory's Egyptian Gebel; حمام Hammam, بئر Bir, which the channel wrote Hmam
** and Per), and on a Maghrebi page the French-based spellings the Maghreb's
** maps and press write (واد Oued, منزل Menzel, دوار Douar, جبل Jebel: the
** channel wrote Wad Sohel, Duar Hicher; session 34, ent44).
**
** And the French, Spanish and Catalan given names the news names most, as
** their bearers write them: the memory, learnt from Wikidata's pairs, holds
** them under rarer spellings or not at all (ميشال Mychal for Michel, بنوا
** Benwa for Benoît, بيار Bar for Pierre, جوسيب Josip for Josep: session 35,
** ent47).
**
** And the Gulf's family names behind a person's article, which the channel
** and the memory misspell (القحطاني Al-Qahatani, الزهراني Alzhrani: session
** 38, ent54).
*/
#include "namekey.h"
#include "translit.h"

static const char *const nouns[][2] = {
    /* Arabic words of organization and place names */
    {"احتياطي", "ihtiyati"}, {"احمر", "ahmar"}, {"اتحاد", "ittihad"}, {"اتحادي", "ittihadi"},
    {"اسلامي", "islami"}, {"اسلاميه", "islamiya"}, {"اطلسي", "atlasi"}, {"اقصي", "aqsa"},
    {"اهرام", "ahram"}, {"اهلي", "ahli"}, {"اوروبي", "urubi"}, {"اوروبيه", "urubiya"},
    {"امريكي", "amriki"}, {"امريكيه", "amrikiya"}, {"انسان", "insan"}, {"ايراني", "irani"},
    {"بحر", "bahr"}, {"بطوله", "butula"}, {"بنك", "bank"}, {"بيت", "bayt"}, {"دول", "duwal"}, {"شبه", "shibh"},
    {"مصرف", "masraf"}, {"تحقيقات", "tahqiqat"}, {"تنميه", "tanmiya"}, {"تونسي", "tunisi"},
    {"جامعه", "jamia"}, {"جبهه", "jabha"}, {"جزيره", "jazira"}, {"جمهوري", "jumhuri"},
    {"جمهوريه", "jumhuriya"}, {"جويه", "jawiya"}, {"حركه", "haraka"}, {"حزب", "hizb"},
    {"حقوق", "huquq"}, {"خليج", "khalij"}, {"دولي", "dawli"}, {"دوليه", "dawliya"},
    {"ديمقراطي", "dimuqrati"}, {"ديمقراطيه", "dimuqratiya"}, {"ديموقراطي", "dimuqrati"},
    {"ديموقراطيه", "dimuqratiya"}, {"سعودي", "saudi"},
    {"سوفيتي", "sovieti"}, {"شركه", "sharika"}, {"شرق", "sharq"}, {"شعب", "shaab"},
    {"شعوب", "shuub"}, {"طاقه", "taqa"}, {"طيران", "tayaran"}, {"عالمي", "alami"},
    {"عالميه", "alamiya"}, {"عداله", "adala"}, {"عربي", "arabi"}, {"عربيه", "arabiya"},
    {"علوم", "ulum"}, {"عمال", "ummal"}, {"قابضه", "qabida"}, {"قدم", "qadam"},
    {"قومي", "qawmi"}, {"كليه", "kulliya"}, {"كوري", "kuri"}, {"كوريه", "kuriya"},
    {"مجلس", "majlis"}, {"محافظين", "muhafizin"}, {"محيط", "muhit"}, {"مركز", "markaz"},
    {"مركزي", "markazi"}, {"مسجد", "masjid"}, {"مستقبل", "mustaqbal"}, {"مصري", "masri"},
    {"مصريه", "masriya"}, {"معهد", "maahad"}, {"مكتب", "maktab"}, {"منظمه", "munazzama"},
    {"نادي", "nadi"}, {"هلال", "hilal"}, {"هييه", "hayaa"},
    /* the words that open a place's name */
    {"بير", "bir"}, {"جبل", "jabal"}, {"حمام", "hammam"},
    {"وزاره", "wizara"}, {"وطني", "watani"}, {"وطنيه", "wataniya"}, {"وكاله", "wakala"},
};

/* English words in Arabic letters: with the Arabic article too (اليورو the
** euro, الفيسبوك), which their English does not write */
static const char *const loans[][2] = {
    {"اير", "air"}, {"الكتريك", "electric"}, {"انترناشونال", "international"},
    {"انترناشيونال", "international"}, {"انستجرام", "instagram"}, {"انستغرام", "instagram"},
    {"بارك", "park"}, {"بلاك", "black"}, {"بوست", "post"}, {"بوينج", "boeing"}, {"بوينغ", "boeing"}, {"تايمز", "times"},
    {"تلغراف", "telegraph"}, {"تويتر", "twitter"}, {"جنرال", "general"}, {"جوجل", "google"},
    {"جورنال", "journal"}, {"هوم", "home"}, {"دولار", "dollar"}, {"دولارا", "dollars"}, {"دولارات", "dollars"},
    {"ديلي", "daily"}, {"رويال", "royal"}, {"سامسونغ", "samsung"}, {"ستاندرد", "standard"},
    {"ستريت", "street"}, {"سيتي", "city"}, {"غلوبال", "global"}, {"غوغل", "google"},
    {"فايسبوك", "facebook"}, {"فيسبوك", "facebook"}, {"كابيتال", "capital"}, {"لايف", "live"},
    {"مايكروسوفت", "microsoft"}, {"موتورز", "motors"}, {"ميديا", "media"}, {"ميل", "mail"},
    {"نورث", "north"}, {"نيوز", "news"}, {"وورلد", "world"}, {"يوتيوب", "youtube"},
    {"يونايتد", "united"}, {"يورو", "euro"},
    /* the names of Latin letters, spelling out an abbreviation (بي إن سبورتس,
    ** إس تي سي, آي فون), that the channel reads as words (Aas, Anne, Aya, Yu);
    ** not إل, the El of Spanish names (إل موندو), nor دي (de) and في (in);
    ** اي is آي I more often than إي E or أي A (session 23) */
    {"اس", "s"}, {"ان", "n"}, {"ايه", "a"}, {"اي", "i"}, {"يو", "u"}, {"اتش", "h"},
    {"دبليو", "w"}, {"كيو", "q"}, {"اكس", "x"},
};

/* given names as Tunisia and Algeria write them, only those the Mashriq
** spells otherwise; not صلاح and ناصر, which Egypt's, the Gulf's and
** Morocco's names on a Maghrebi page bear as often (Mohamed Salah, Nasser
** Zefzafi), nor سفيان, which the memory already spells Sofiane */
static const char *const maghrebi_given[][2] = {
    {"احمد", "ahmed"}, {"اسامه", "oussama"}, {"امال", "amel"}, {"ايمن", "aymen"},
    {"بسام", "bassem"}, {"بشير", "bechir"}, {"بلال", "bilel"}, {"بوبكر", "boubaker"}, {"توفيق", "taoufik"},
    {"جلال", "jalel"}, {"جمال", "jamel"}, {"جوهر", "jawhar"}, {"حسن", "hassen"},
    {"حسين", "houcine"}, {"حمادي", "hamadi"}, {"راشد", "rached"}, {"رضا", "ridha"}, {"رياض", "riadh"},
    {"زياد", "zied"}, {"سليم", "slim"}, {"سهام", "sihem"}, {"سيرين", "syrine"},
    {"شاذلي", "chedly"}, {"شفيق", "chafik"}, {"شكري", "chokri"}, {"شوقي", "chawki"}, {"طارق", "tarek"},
    {"عايشه", "aicha"}, {"عبير", "abir"}, {"عثمان", "othman"}, {"عماد", "imed"}, {"فاضل", "fadhel"}, {"فاطمه", "fatma"},
    {"فتحي", "fethi"}, {"فوزي", "faouzi"}, {"فيصل", "faycal"}, {"كمال", "kamel"}, {"لطفي", "lotfi"},
    {"ليلي", "leila"}, {"محمد", "mohamed"}, {"محمود", "mahmoud"}, {"مختار", "mokhtar"}, {"مراد", "mourad"},
    {"مصطفي", "mustapha"}, {"معز", "moez"}, {"منجي", "mongi"}, {"منذر", "mondher"}, {"منصف", "moncef"},
    {"منال", "manel"}, {"منير", "mounir"}, {"منيه", "monia"}, {"نجاه", "najet"}, {"نجيب", "nejib"},
    {"نوفل", "naoufel"}, {"هادي", "hedi"}, {"هاله", "hela"}, {"هشام", "hichem"}, {"هيثم", "haythem"}, {"وسام", "wissem"},
    {"ياسين", "yassine"}, {"يوسف", "youssef"},
};

/* given names of France, Spain, Catalonia and England the memory misspells, each
** the spelling most of its bearers on the slices have (session 35, ent47):
** not فيليب (Philip, Philippe), ستيفان (Stefan, Stéphane) or ماتيو (Matteo,
** Mathieu), which are split; جان is Jean (Sartre, Godard, Obeid) but once
** Sweden's Jan Andersson, جوسيب Josep (Guardiola, Bartomeu) but once
** Croatia's Josip Drmić, and جاك, which the memory wrote Jacque, English
** Jack 12 times of 14 (Wilshere, Dorsey, Lew). Since session 35 (ent48)
** also English ones the memory wrote Saimon, Antony and Danielle (a woman's
** name; دانيال is Daniel Day-Lewis, Kaluuya, Carreño): أنتوني is Anthony
** (Martial, Foxx, the Russos; Blinken's Antony is the KB's). First letters
** plain ASCII, which remembered_word capitalizes. */
static const char *const western_given[][2] = {
    {"برنار", "bernard"}, {"بنوا", "benoît"}, {"بيار", "pierre"}, {"جاك", "jack"},
    {"جان", "jean"}, {"جوزيب", "josep"}, {"جوسيب", "josep"}, {"جيرار", "gérard"},
    {"خوسيه", "josé"}, {"دانيال", "daniel"}, {"سايمون", "simon"}, {"غيوم", "guillaume"},
    {"فرانسوا", "françois"}, {"فرنسوا", "françois"}, {"ميشال", "michel"}, {"هيرفي", "hervé"},
    {"انتوني", "anthony"}, {"انطوني", "anthony"}, {"ايكر", "iker"}, {"انجليك", "angelique"},
    {"انجيليك", "angelique"}, {"روسلان", "ruslan"},
};

/* a place name's first words as the Maghreb writes them, where the Mashriq
** spells them otherwise (Wadi, Jabal, Ayn) or the channel does (Wad, Duar) */
static const char *const maghrebi_place[][2] = {
    {"برج", "bordj"}, {"جبل", "jebel"}, {"حاسي", "hassi"}, {"دوار", "douar"},
    {"سبخه", "sebkha"}, {"سوق", "souk"}, {"عين", "ain"}, {"منزل", "menzel"}, {"واد", "oued"},
    {"وادي", "oued"},
};

const char *translit_maghrebi_place(const char *w, size_t wn) {
    return tl_table_lookup(maghrebi_place, sizeof maghrebi_place / sizeof *maghrebi_place, w, wn);
}

const char *translit_maghrebi_given(const char *w, size_t wn) {
    return tl_table_lookup(maghrebi_given, sizeof maghrebi_given / sizeof *maghrebi_given, w, wn);
}

/* the Gulf's given names the memory spells as other languages write them:
** Bender, Matab (session 36, ent49: the slices' Saudi princes
** and officials, Bandar bin Sultan, Mutaib bin Abdullah) */
static const char *const gulf_given[][2] = {
    {"بندر", "bandar"}, {"متعب", "mutaib"},
};

const char *translit_gulf_given(const char *w, size_t wn) {
    return tl_table_lookup(gulf_given, sizeof gulf_given / sizeof *gulf_given, w, wn);
}

/* the Gulf's family and tribal names (nisbas; keys without their article) as
** their bearers and the Gulf's English press write them, where the channel
** drops a vowel or the memory took another language's spelling: Qahatani,
** Alzhrani, Al-Atibi, Alshemari, Al-Materi, Elssbiay, Altwaijri (session 38,
** ent54: SaudiNewsNet's officials and players). Only behind the article:
** a bare شريف is Egypt's given name Sherif. Not عمري, Al-Amri on the Gulf's
** pages as Al-Omari */
static const char *const gulf_family[][2] = {
    {"بيشي", "bishi"},     {"ثبيتي", "thubaiti"}, {"ثقفي", "thaqafi"},   {"جهني", "juhani"},
    {"دوسري", "dosari"},   {"رويلي", "ruwaili"},  {"زهراني", "zahrani"}, {"سبيعي", "subaie"},
    {"سديري", "sudairi"},  {"سهلي", "sahli"},     {"شريف", "sharif"},    {"شمري", "shammari"},
    {"عتيبي", "otaibi"},   {"عصيمي", "osaimi"},   {"قحطاني", "qahtani"}, {"قرشي", "qurashi"},
    {"كواري", "kuwari"},   {"مطيري", "mutairi"},  {"مهيري", "muhairi"},  {"نعيمي", "nuaimi"},
    {"تويجري", "tuwaijri"},
};

const char *translit_gulf_family(const char *w, size_t wn) {
    return tl_table_lookup(gulf_family, sizeof gulf_family / sizeof *gulf_family, w, wn);
}

/* given names the memory spells the Maghreb's way, French-based (Rachid,
** Naceur, Zouhair, Faouzi), as the Mashriq writes them, for a Gulf or
** Levantine page (session 36, ent50: حسن رشيد Hasan Rachid and بندر ناصر
** الناصر with Naceur on SaudiNewsNet's pages) */
static const char *const mashriq_given[][2] = {
    {"رشيد", "rashid"}, {"ناصر", "nasser"}, {"زهير", "zuhair"}, {"فوزي", "fawzi"},
};

const char *translit_mashriq_given(const char *w, size_t wn) {
    return tl_table_lookup(mashriq_given, sizeof mashriq_given / sizeof *mashriq_given, w, wn);
}

/* God's names after عبد that the memory spells as another word: العزيز
** Azeez, الملك Malak (the king), الاله Ala, الحميد Elhameed, الامير Prince,
** الهادي the Maghreb's Hedi, الرب Alerb (session 36, ent50: 135 names of the slices
** hold عبدالعزيز); keys with their article,
** which عبد's Abdul has taken */
static const char *const abd_attributes[][2] = {
    {"العزيز", "aziz"}, {"الملك", "malik"}, {"الاله", "ilah"},     {"الحميد", "hamid"},
    {"الامير", "amir"}, {"الهادي", "hadi"}, {"الرحمان", "rahman"}, {"الرب", "rab"},
};

const char *translit_abd_attribute(const char *w, size_t wn) {
    return tl_table_lookup(abd_attributes, sizeof abd_attributes / sizeof *abd_attributes, w, wn);
}

const char *translit_western_given(const char *w, size_t wn) {
    return tl_table_lookup(western_given, sizeof western_given / sizeof *western_given, w, wn);
}

const char *translit_noun_spelling(const char *w, size_t wn) {
    const char *s = tl_table_lookup(nouns, sizeof nouns / sizeof *nouns, w, wn);
    if (!s) s = tl_table_lookup(loans, sizeof loans / sizeof *loans, w, wn);
    size_t art = name_article_len(w, wn);
    if (!s && art) s = tl_table_lookup(loans, sizeof loans / sizeof *loans, w + art, wn - art);
    return s;
}
