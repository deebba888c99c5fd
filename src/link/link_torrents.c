/*
** link_torrents.c — سيول alone where the document says nothing of Korea:
** torrents, not Seoul.
**
** سيول is Seoul and the plural of سيل, a torrent (flood reports: جرفتها سيول
** مياه الأمطار, في سيول وانهيارات للتربة); سول, Seoul's other spelling, is
** also a man's name (سيام سول). Of the 24 place mentions of the entity-sample
** slices linked to Seoul (src/link/README.md, session 23 second round), the
** 3 torrents and the man were in the 4 documents whose text holds no كوري
** (كوريا, الكورية, الكوريين); every Seoul was in one that does, named or as
** an adjective (السلطات الكورية الجنوبية). So a place mention that is one of
** the two words alone is dropped where the text never writes كوري.
*/
#include "lex.h"
#include "link.h"

#include <string.h>

int link_is_torrent(const naba_doc *doc, const link_state *st, const naba_mention *m) {
    (void)st;
    static const char korea[] = "كوري";
    char key[32];
    size_t n = m->end - m->start;
    if (m->type != NABA_ENT_LOC || n == 0 || n >= sizeof key) return 0;
    size_t k = naba_fold(doc->text + m->start, n, LX_FOLD, key, sizeof key);
    if (!((k == 8 && !memcmp(key, "سيول", 8)) || (k == 6 && !memcmp(key, "سول", 6)))) return 0;
    return memmem(doc->text, doc->text_len, korea, sizeof korea - 1) == NULL;
}
