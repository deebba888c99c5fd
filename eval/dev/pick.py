#!/usr/bin/env python3
"""pick.py — choose the dev articles deterministically (see GUIDELINES.md).

Prints: corpus file <TAB> id <TAB> part, the content of articles.tsv.

Pass 1 (the first set, annotated while the rules were first written): an
article is a candidate when FNV-1a-32(id) % 97 == 13, its text is 600 to 3000
bytes and it contains a speech verb or a quotation mark; the first 8 ANT
multisource, 8 SaudiNewsNet and 4 JawharaFM candidates in file order were
listed, and the 7 of them named in PASS1_DONE were annotated (the rest hold
few quotes and were dropped). They are all in the `tune` part: the rules were
written while reading them.

Pass 2 (quote-rich political news): an article is a candidate when its text is
800 to 3000 bytes and it holds at least 6 attribution cues (speech verbs and
"according to" words counted by CUE below, plus half the number of quotation
marks); per group below, candidates are ordered by FNV-1a-32(id) and the first
N are kept. Part: `tune` (round 2 held out those with an odd
FNV-1a-32("split:" + id) as `test`; round 3 moved them into `tune`).

Pass 3 (a fresh held-out part, annotated before any rule change of the third
round): per pass-2 group, the next 3 candidates in the same order (positions
N to N+2); part `test2`. The old `test` part was then moved into tuning (its
errors had been read), so every part tuned on is marked `tune`.

Pass 4 (more tuning text, annotated after test2 had been scored once): per
pass-2 group, the 2 candidates after pass 3 (positions N+3 and N+4); part
`tune`.

Pass 5 (round 4, a fresh held-out part rich in numbers, annotated for counts
only before any counts rule of round 4 changed): an article is a candidate
when its text is 600 to 2000 bytes and it holds at least 4 numbers in digits
that are not years (a digit run not of the form 19xx/20xx, Western or
Arabic-Indic) and at least 3 number words (NUMWORD below); per group of
PASS5, candidates not already listed are ordered by FNV-1a-32("test3:" + id)
and the first N kept; part `test3`. Only its counts are annotated (column 4
of articles.tsv names the annotated layers).

Pass 6 (round 5, a fresh held-out part rich in dates, annotated for dates
only before any dates rule of round 5 changed): an article is a candidate
when its text is 600 to 1800 bytes and it holds at least 5 date cues of at
least 3 kinds (DATE_KINDS: month names of both families and the Maghreb
ones, Hijri months or "هـ", numeric d/m/y, weekdays, relative words such as
أمس/اليوم/الماضي/المقبل or قبل/منذ + a number of days..years, times of
day); per group of PASS6, candidates not already listed are ordered by
FNV-1a-32("test4:" + id) and the first N kept; part `test4`, layers `dates`.

Pass 7 (round 5, more tuning text for dates, annotated after test4 had been
scored with the first round-5 rules): per PASS6 group, the next 2
candidates in the same order; part `tune`, layers `dates`.

Pass 8 (round 6, a fresh held-out part rich in dates, annotated for dates
only before any dates rule of round 6 changed): the same candidates as pass
6 (datey), not already listed, ordered by FNV-1a-32("test5:" + id), the
first N per group of PASS8; part `test5`, layers `dates`.

Pass 9 (session 26, a fresh held-out counts part, annotated for counts only
before it was scored once): the pass-5 candidates (numbery), not already
listed, ordered by FNV-1a-32("test6:" + id), the first N per group of PASS9;
part `test6`, layers `counts`.

Pass 10 (session 26, a fresh held-out dates part, annotated for dates only
before it was scored once): the pass-6 candidates (datey), not already
listed, ordered by FNV-1a-32("test7:" + id), the first N per group of
PASS10; part `test7`, layers `dates`.
"""
import gzip, json, re, sys

def fnv(s):
    h = 0x811c9dc5
    for b in s.encode():
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h

def ranked(groups, keep, salt=""):
    """For each group (file, src or None, cats or None, n), keyed by id(group): the ids of
    its file's articles that keep(id, text) accepts and whose src and cat match, ordered
    by FNV-1a-32(salt + id)."""
    out = {}
    for name in dict.fromkeys(g[0] for g in groups):
        mine = [g for g in groups if g[0] == name]
        cands = {id(g): [] for g in mine}
        with gzip.open(f"{root}/{name}", "rt") as f:
            for line in f:
                a = json.loads(line)
                if not keep(a["id"], a.get("text") or ""):
                    continue
                for g in mine:
                    if (g[1] is None or a.get("src") == g[1]) and (g[2] is None or a.get("cat") in g[2]):
                        cands[id(g)].append(a["id"])
        for g in mine:
            out[id(g)] = sorted(cands[id(g)], key=lambda i: fnv(salt + i))
    return out

PASS1_DONE = ["AL-culture-141-20180307", "AL-culture-192-20180323", "AL-culture-277-20180501",
              "AL-culture-292-20180426", "AL-culture-541-20180629", "AL-economy-1052-20180720",
              "AL-economy-25-20180213"]
PASS1_FILE = "ant_v2.1_multisource.jsonl.gz"

CUE = re.compile(r"(?:^|[\s«“\"])(?:و|ف)?(?:قال|قالت|يقول|تقول|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|"
                 r"أشار|أشارت|صرح|صرحت|أعلن|أعلنت|حذر|حذرت|دعا|دعت|تابع|تابعت|مضيفا|مضيفة|قائلا|"
                 r"قائلة|مؤكدا|مؤكدة|مشيرا|مشيرة|بحسب|وفقا)(?=[\s:،,])")

def cues(t):
    return len(CUE.findall(t)) + (t.count("“") + t.count("«") + t.count('"')) // 2

# (corpus file, source, categories or None for any, how many)
POLITICS = {"middleEast", "internationalNews"}
PASS2 = [("ant_v2.1_multisource.jsonl.gz", "BBC", POLITICS, 5),
         ("ant_v2.1_multisource.jsonl.gz", "CNN", POLITICS, 5),
         ("ant_v2.1_multisource.jsonl.gz", "france24", POLITICS, 5),
         ("ant_v2.1_multisource.jsonl.gz", "skynews", POLITICS, 5),
         ("ant_v2.1_multisource.jsonl.gz", "alarabia", POLITICS, 5),
         ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 6),
         ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "internationalNews", "localNews"}, 5)]

def part(i):
    """Round 2 split pass 2 by FNV-1a-32("split:" + id) (even: tune, odd:
    test); round 3 read the errors of that test half, so it is tune now."""
    return "tune"

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news"
print("#file\tid\tpart")
for i in PASS1_DONE:
    print(f"{PASS1_FILE}\t{i}\ttune")
PASS3_EACH = 3
PASS4_EACH = 2
pass3 = {g[0]: [] for g in PASS2}
pass4 = {g[0]: [] for g in PASS2}
pass2_ids = []
pass2 = ranked(PASS2, lambda i, t: i not in PASS1_DONE and 800 <= len(t.encode()) <= 3000 and cues(t) >= 6)
for g in PASS2:
    r = pass2[id(g)]
    name = g[0]
    pass2_ids.extend(r[:g[3]])
    for i in r[:g[3]]:
        print(f"{name}\t{i}\t{part(i)}")
    pass3[name].extend(r[g[3]:g[3] + PASS3_EACH])
    pass4[name].extend(r[g[3] + PASS3_EACH:g[3] + PASS3_EACH + PASS4_EACH])
for name, ids in pass3.items():
    for i in ids:
        print(f"{name}\t{i}\ttest2")
for name, ids in pass4.items():
    for i in ids:
        print(f"{name}\t{i}\ttune")

# Pass 5: number-rich articles (casualty reports, economy, elections).
NUMWORD = re.compile(r"(?:^|[\s(«“\"])(?:و|ب|ل|ف)?(?:ال)?(?:واحد|اثنان|اثنين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ستة|"
                     r"سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|عشرون|عشرين|ثلاثون|ثلاثين|أربعين|أربعون|خمسين|"
                     r"خمسون|ستين|ستون|سبعين|سبعون|ثمانين|ثمانون|تسعين|تسعون|مئة|مائة|مئات|ألف|ألفا|ألفين|آلاف|"
                     r"مليون|ملايين|مليار|مليارات|عشرات|نصف|ثلث|ربع|ضعف|ضعفي|مرتين)(?=[\s.،,:؛)»”\"]|$)")
DIGITS = re.compile(r"[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)*")
PASS5 = [("ant_v2.1_multisource.jsonl.gz", None, POLITICS, 6),
         ("ant_v2.1_multisource.jsonl.gz", None, {"economy"}, 4),
         ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 5),
         ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "localNews", "economy", "internationalNews"}, 5)]

def numbery(t):
    if not 600 <= len(t.encode()) <= 2000:
        return False
    digits = [d for d in DIGITS.findall(t) if not re.fullmatch(r"(?:19|20|١٩|٢٠)[0-9٠-٩]{2}", d)]
    return len(digits) >= 4 and len(NUMWORD.findall(t)) >= 3

listed = set(PASS1_DONE) | {i for ids in pass3.values() for i in ids} | {i for ids in pass4.values() for i in ids} | set(pass2_ids)
pass5 = ranked(PASS5, lambda i, t: i not in listed and numbery(t), "test3:")
for g in PASS5:
    for i in pass5[id(g)][:g[3]]:
        print(f"{g[0]}\t{i}\ttest3\tcounts")
        listed.add(i)

# Pass 6: date-rich articles (round 5, a fresh held-out part for dates only).
MONTH = (r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
         r"نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|جانفي|فيفري|أفريل|ماي|جوان|"
         r"جويلية|أوت")
DATE_KINDS = {
    "month": re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:" + MONTH + r")(?=[\s.،,:؛)]|$)"),
    "hijri": re.compile(r"[0-9٠-٩]+\s*هـ|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة"),
    "numeric": re.compile(r"\b[0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{2,4}\b"),
    "weekday": re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)(?=[\s.،,:؛]|$)"),
    "relative": re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:أمس|امس|البارحة|اليوم|غدا|غدًا|الماضي|الماضية|المقبل|المقبلة|القادم|"
                           r"القادمة)(?=[\s.،,:؛]|$)|(?:قبل|منذ)\s+\S+\s+(?:أيام|يوما|أسابيع|أشهر|شهور|سنوات|أعوام)"),
    "time": re.compile(r"الساعة\s+[0-9٠-٩]|[0-9٠-٩]{1,2}:[0-9٠-٩]{2}"),
}
PASS6 = [("ant_v2.1_multisource.jsonl.gz", None, POLITICS, 5),
         ("ant_v2.1_multisource.jsonl.gz", None, {"culture", "economy", "sport"}, 3),
         ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 4),
         ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "localNews", "economy", "internationalNews"}, 4)]

def datey(t):
    """At least 5 date cues of at least 3 kinds (DATE_KINDS)."""
    if not 600 <= len(t.encode()) <= 1800:
        return False
    n = [len(r.findall(t)) for r in DATE_KINDS.values()]
    return sum(n) >= 5 and sum(1 for x in n if x) >= 3

PASS7_EACH = 2
pass7 = []
pass6 = ranked(PASS6, lambda i, t: i not in listed and datey(t), "test4:")
for g in PASS6:
    r = pass6[id(g)]
    for i in r[:g[3]]:
        print(f"{g[0]}\t{i}\ttest4\tdates")
    pass7.extend((g[0], i) for i in r[g[3]:g[3] + PASS7_EACH])
for name, i in pass7:
    print(f"{name}\t{i}\ttune\tdates")

def held_out(groups, keep, salt, part, layer):
    """A fresh held-out part: per group, the first N articles not listed yet that
    keep(text) accepts, ordered by FNV-1a-32(salt + id); printed with their part
    and annotated layer, then listed."""
    chosen = ranked(groups, lambda i, t: i not in listed and keep(t), salt)
    for g in groups:
        for i in chosen[id(g)][:g[3]]:
            print(f"{g[0]}\t{i}\t{part}\t{layer}")
            listed.add(i)

# Pass 8: date-rich articles (round 6, a fresh held-out part for dates only).
PASS8 = [("ant_v2.1_multisource.jsonl.gz", None, POLITICS, 6),
         ("ant_v2.1_multisource.jsonl.gz", None, {"culture", "economy", "sport"}, 4),
         ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 5),
         ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "localNews", "economy", "internationalNews"}, 5)]
listed |= {i for g in PASS6 for i in pass6[id(g)][:g[3]]} | {i for _, i in pass7}
held_out(PASS8, datey, "test5:", "test5", "dates")

# Pass 9: number-rich articles (session 26, a fresh held-out counts part, counts only).
PASS9 = [("ant_v2.1_multisource.jsonl.gz", None, POLITICS, 4),
         ("ant_v2.1_multisource.jsonl.gz", None, {"economy"}, 2),
         ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 3),
         ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "localNews", "economy", "internationalNews"}, 3)]
held_out(PASS9, numbery, "test6:", "test6", "counts")

# Pass 10: date-rich articles (session 26, a fresh held-out dates part, dates only).
PASS10 = [("ant_v2.1_multisource.jsonl.gz", None, POLITICS, 4),
          ("ant_v2.1_multisource.jsonl.gz", None, {"culture", "economy", "sport"}, 2),
          ("saudinewsnet_ccbyncsa.jsonl.gz", None, None, 3),
          ("ant_v1.1_jawharafm.jsonl.gz", None, {"politic", "localNews", "economy", "internationalNews"}, 3)]
held_out(PASS10, datey, "test7:", "test7", "dates")
