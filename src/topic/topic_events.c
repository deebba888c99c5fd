/*
** topic_events.c — what the topic tells the events stage: a page that is
** confidently sport, culture or technology reports matches, shows and
** products, and the event patterns read its "attack", "defeat" and "meeting"
** as political acts (docs/events.md, session 19: 14 of 38 false rows on one
** judged sample). Such a page gets no events. A short text is never judged by
** its topic: one sentence says too little (the event gold standard codes
** sentences one at a time).
*/
#include "topic.h"

#define QUIET_MIN_WORDS 120   /* words of the document before its topic is trusted */
#define QUIET_MIN_PROB 0.9f   /* the label's probability */

int topic_quiet_events(const naba_doc *doc) {
    if (!doc->topic.label || doc->words.n < QUIET_MIN_WORDS || doc->topic.prob < QUIET_MIN_PROB) return 0;
    for (int k = TOPIC_SPORT; k <= TOPIC_TECHNOLOGY; k++)
        if (doc->topic.label == naba_topic_name(k)) return 1;
    return 0;
}
