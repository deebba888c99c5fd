/*
** test_slotcache.c — the direct-mapped cache of src/core/slotcache.h: a miss
** then a hit, keys that differ only in their extra (up to 24 bits), their
** length or a byte, a collision (the new key replaces the old), keys of 0,
** 1, key_max and key_max + 1 bytes, a slot looked up but not filled keeping
** its old key, the slot layout of value types, and a cache without a table.
*/
#include "slotcache.h"
#include "test.h"

#include <stdint.h>
#include <string.h>

typedef struct val { uint32_t x; uint8_t b; } val;
#define SMALL NABA_SLOTSHAPE(4, 8, val) /* 16 slots */

/* Look key up under hash h and extra e; on a miss fill the slot with x. The
** value found on a hit, else 0 (missed), -1 (not keepable). */
static long ask(const naba_slotcache *c, uint64_t h, uint32_t e, const char *key, size_t n, uint32_t x) {
    int hit = 0;
    val *v = naba_slotcache_find(c, SMALL, h, e, key, n, &hit);
    if (!v) return -1;
    if (hit) return v->x;
    naba_slotcache_fill(SMALL, v, e, key, n);
    v->x = x;
    return 0;
}

static void test_hit_miss(void) {
    naba_slotcache c;
    CHECK(naba_slotcache_init(&c, SMALL));
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 0);
    CHECK_EQ_INT(ask(&c, 3, 0, "abc", 3, 7), 0);        /* a miss fills */
    CHECK_EQ_INT(ask(&c, 3, 0, "abc", 3, 99), 7);       /* then a hit */
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 1);
    /* the same slot and hash, another key: extra, length or a byte differs */
    int hit = 1;
    CHECK(naba_slotcache_find(&c, SMALL, 3, 1, "abc", 3, &hit) && !hit);
    CHECK(naba_slotcache_find(&c, SMALL, 3, 0, "ab", 2, &hit) && !hit);
    CHECK(naba_slotcache_find(&c, SMALL, 3, 0, "abd", 3, &hit) && !hit);
    /* extras up to 24 bits, told apart in their high bits */
    CHECK_EQ_INT(ask(&c, 9, 0xfffffe, "abc", 3, 11), 0);
    CHECK_EQ_INT(ask(&c, 9, 0xfffffe, "abc", 3, 99), 11);
    CHECK(naba_slotcache_find(&c, SMALL, 9, 0x7ffffe, "abc", 3, &hit) && !hit);
    CHECK_EQ_INT(ask(&c, 9, NABA_SLOT_EXTRA_END - 1, "abc", 3, 12), 0);
    CHECK_EQ_INT(ask(&c, 9, NABA_SLOT_EXTRA_END - 1, "abc", 3, 99), 12);
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 2);
    CHECK_EQ_INT(ask(&c, 3, 0, "abc", 3, 99), 7);
    /* looked up, not filled: the slot still answers for its key */
    CHECK_EQ_INT(ask(&c, 3, 0, "abc", 3, 99), 7);
    /* another slot */
    CHECK_EQ_INT(ask(&c, 4, 0, "abc", 3, 8), 0);
    CHECK_EQ_INT(ask(&c, 4, 0, "abc", 3, 99), 8);
    CHECK_EQ_INT(ask(&c, 3, 0, "abc", 3, 99), 7);
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 3);
    naba_slotcache_free(&c);
    CHECK(!c.slot);
}

/* Two keys whose hashes share a slot: the last one filled holds it. */
static void test_collision(void) {
    naba_slotcache c;
    CHECK(naba_slotcache_init(&c, SMALL));
    uint64_t h1 = 5, h2 = 5 | (uint64_t)1 << 40; /* the same slot */
    CHECK_EQ_INT(ask(&c, h1, 2, "one", 3, 1), 0);
    CHECK_EQ_INT(ask(&c, h2, 2, "two", 3, 2), 0);      /* replaces "one" */
    CHECK_EQ_INT(ask(&c, h2, 2, "two", 3, 99), 2);
    CHECK_EQ_INT(ask(&c, h1, 2, "one", 3, 3), 0);      /* "one" is gone, comes back */
    CHECK_EQ_INT(ask(&c, h1, 2, "one", 3, 99), 3);
    CHECK_EQ_INT(ask(&c, h2, 2, "two", 3, 4), 0);
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 1);
    naba_slotcache_free(&c);
}

/* Keys of 1..key_max bytes are kept, an empty or a longer one never (an
** empty key would match an empty slot). */
static void test_key_length(void) {
    naba_slotcache c;
    CHECK(naba_slotcache_init(&c, SMALL));
    const char *k = "123456789";
    CHECK(naba_slotcache_fits(&c, SMALL, 1) && naba_slotcache_fits(&c, SMALL, 8));
    CHECK(!naba_slotcache_fits(&c, SMALL, 0) && !naba_slotcache_fits(&c, SMALL, 9));
    CHECK_EQ_INT(ask(&c, 1, 0, k, 0, 1), -1);
    CHECK_EQ_INT(ask(&c, 1, 0, k, 9, 1), -1);
    CHECK_EQ_INT(ask(&c, 1, 0, k, 8, 5), 0);
    CHECK_EQ_INT(ask(&c, 1, 0, k, 8, 99), 5);
    CHECK_EQ_INT(ask(&c, 2, 0, k, 1, 6), 0);
    CHECK_EQ_INT(ask(&c, 2, 0, k, 1, 99), 6);
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 2);
    naba_slotcache_free(&c);
    /* out of range: no table, every key refused */
    CHECK(!naba_slotcache_init(&c, NABA_SLOTSHAPE(4, 256, val)) && !c.slot && !naba_slotcache_fits(&c, SMALL, 1));
    CHECK(!naba_slotcache_init(&c, NABA_SLOTSHAPE(4, 0, val)) && !naba_slotcache_init(&c, NABA_SLOTSHAPE(0, 8, val)));
    CHECK_EQ_INT(ask(&c, 1, 0, k, 3, 1), -1);
    CHECK_EQ_INT(naba_slotcache_used(&c, SMALL), 0);
}

/* A slot is the word, the key and the value at its type's alignment. */
static void test_layout(void) {
    naba_slotshape s = NABA_SLOTSHAPE(10, 28, val);     /* 4 + 28, then 8 */
    CHECK(s.size == 40 && s.val == 32);
    s = NABA_SLOTSHAPE(10, 29, val);                    /* 33 rounded to 36 */
    CHECK(s.size == 44 && s.val == 36);
    typedef struct bytes { char b[192]; } bytes;
    s = NABA_SLOTSHAPE(2, 95, bytes);                   /* bytes: no padding */
    CHECK(s.size == 291 && s.val == 99);
    naba_slotcache c;
    CHECK(naba_slotcache_init(&c, s));
    int hit = 1;
    unsigned char *v = c.slot ? naba_slotcache_find(&c, s, 3, 1, "k", 1, &hit) : NULL;
    CHECK(v && !hit && v == c.slot + 3 * 291 + 99);
    naba_slotcache_free(&c);
}

int main(void) {
    test_hit_miss();
    test_collision();
    test_key_length();
    test_layout();
    return TEST_REPORT();
}
