/*
** quotes.c — do a paragraph's quote marks pair up? Machine-translated news
** often breaks them (“لم نتلق” نعم “روسية ...), which misleads quote
** attribution later. The cleaner repairs nothing here: the segment stage calls
** this to flag the paragraph, and a reader decides.
*/
#include "clean.h"
#include "utf8.h"

int naba_quotes_balanced(const char *s, size_t n) {
    int curly = 0, guillemet = 0, ascii = 0;
    for (size_t i = 0, len; i < n; i += len) {
        uint32_t cp = utf8_next(s + i, n - i, &len);
        switch (cp) {
        case '"': ascii ^= 1; break;
        case 0x201C: if (curly++) return 0; break;          /* “ inside “ */
        case 0x201D: if (!curly--) return 0; break;         /* ” with none open */
        case 0x00AB: if (guillemet++) return 0; break;      /* « */
        case 0x00BB: if (!guillemet--) return 0; break;     /* » */
        default: break;
        }
    }
    return curly == 0 && guillemet == 0 && ascii == 0;
}
