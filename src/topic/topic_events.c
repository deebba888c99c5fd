/*
** topic_events.c — what the topic tells the events stage: a page that is
** confidently sport, culture or technology reports matches, shows and
** products, and the event patterns read its "attack", "defeat" and "meeting"
** as political acts (docs/events.md, session 19: 14 of 38 false rows on one
** judged sample). Such a page gets no events. A short text is never judged by
** its topic: one sentence says too little (the event gold standard codes
** sentences one at a time). A less confident label is enough when politics
** is far behind it (session 26, events26b: a car launch, a tattooist's advice,
** a diet scored .67 to .90 with politics below .05; Trump accusing Google or
** Iran's authorities urging an app score politics .28 to .35 and stay).
** A near-certain label is trusted on a shorter page (session 28, events28b:
** a team's arrival, a transfer, a club's congratulations in 60 to 119 words
** at .98 and more).
*/
#include "topic.h"

#define QUIET_MIN_WORDS 120   /* words of the document before its topic is trusted */
#define QUIET_MIN_PROB 0.9f   /* the label's probability */
#define QUIET_LEAN_PROB 0.6f   /* ... or at least this much, */
#define QUIET_LEAN_POLITICS 0.2f /* with politics below this */
#define QUIET_SURE_WORDS 60    /* a shorter document is enough ... */
#define QUIET_SURE_PROB 0.97f  /* ... when its label is this sure */

int topic_quiet_events(const naba_doc *doc) {
    if (!doc->topic.label || doc->words.n < QUIET_SURE_WORDS) return 0;
    if (doc->words.n < QUIET_MIN_WORDS && doc->topic.prob < QUIET_SURE_PROB) return 0;
    if (doc->topic.prob < QUIET_MIN_PROB &&
        (doc->topic.prob < QUIET_LEAN_PROB || doc->topic.probs[TOPIC_POLITICS] >= QUIET_LEAN_POLITICS))
        return 0;
    for (int k = TOPIC_SPORT; k <= TOPIC_TECHNOLOGY; k++)
        if (doc->topic.label == naba_topic_name(k)) return 1;
    return 0;
}
