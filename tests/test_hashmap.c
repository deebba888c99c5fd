/*
** test_hashmap.c — the open-addressing table of src/core/hashmap.h: inserts
** and lookups through an equality callback, growth, probe chains under a hash
** that sends every key to one slot, entries that share a hash, the empty table,
** and tables in an arena.
*/
#include "hashmap.h"
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 5000

static char keys[N][16];

/* eq callback: the stored value is an index into keys */
static int same_key(const void *ctx, uint32_t val) { return strcmp(keys[val], ctx) == 0; }

static uint64_t good_hash(const char *s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return h;
}

static uint64_t bad_hash(const char *s) { (void)s; return 42; }

/* Insert keys[0..n) if absent; returns how many were new. */
static size_t put_all(naba_hashmap *m, size_t n, uint64_t (*hash)(const char *)) {
    size_t added = 0;
    for (size_t i = 0; i < n; i++) {
        if (naba_hm_reserve(m, m->n + 1)) return added;
        uint64_t h = hash(keys[i]);
        size_t s = naba_hm_slot(m, h, same_key, keys[i]);
        if (m->slots[s].val == NABA_HM_NONE) { naba_hm_fill(m, s, h, (uint32_t)i); added++; }
    }
    return added;
}

static void test_empty(void) {
    naba_hashmap m;
    naba_hm_init(&m, NULL);
    CHECK_EQ_INT(m.cap, 0);
    CHECK(naba_hm_get(&m, 0, NULL, NULL) == NABA_HM_NONE);
    CHECK(naba_hm_get(&m, good_hash("x"), same_key, "x") == NABA_HM_NONE);
    CHECK_EQ_INT(naba_hm_reserve(&m, 0), 0);
    CHECK_EQ_INT(m.cap, 0); /* reserving nothing allocates nothing */
    naba_hm_free(&m);
    naba_hm_free(&m); /* freeing twice is harmless */
    CHECK(m.slots == NULL);
}

/* Hash 0 and value 0 are ordinary: emptiness is the value NABA_HM_NONE. */
static void test_zero(void) {
    naba_hashmap m;
    naba_hm_init(&m, NULL);
    CHECK_EQ_INT(naba_hm_add(&m, 0, 0), 0);
    CHECK_EQ_INT(m.cap, 16);
    CHECK_EQ_INT(naba_hm_get(&m, 0, NULL, NULL), 0);
    CHECK(naba_hm_get(&m, 16, NULL, NULL) == NABA_HM_NONE); /* same start slot, other hash */
    naba_hm_free(&m);
}

static void test_insert_lookup_grow(void) {
    naba_hashmap m;
    naba_hm_init(&m, NULL);
    CHECK_EQ_INT(put_all(&m, N, good_hash), N);
    CHECK_EQ_INT(m.n, N);
    CHECK_EQ_INT(m.cap, 16384); /* the least power of two at most half full */
    CHECK_EQ_INT(put_all(&m, N, good_hash), 0); /* all present: nothing added */
    CHECK_EQ_INT(m.n, N);
    size_t found = 0;
    for (size_t i = 0; i < N; i++) found += naba_hm_get(&m, good_hash(keys[i]), same_key, keys[i]) == i;
    CHECK_EQ_INT(found, N);
    CHECK(naba_hm_get(&m, good_hash("absent"), same_key, "absent") == NABA_HM_NONE);
    naba_hm_free(&m);
}

/* Every key hashes alike: the callback alone tells them apart, through growth. */
static void test_collisions(void) {
    naba_hashmap m;
    naba_hm_init(&m, NULL);
    CHECK_EQ_INT(put_all(&m, 300, bad_hash), 300);
    CHECK_EQ_INT(put_all(&m, 300, bad_hash), 0);
    size_t found = 0;
    for (size_t i = 0; i < 300; i++) found += naba_hm_get(&m, 42, same_key, keys[i]) == i;
    CHECK_EQ_INT(found, 300);
    CHECK(naba_hm_get(&m, 42, same_key, keys[300]) == NABA_HM_NONE);
    naba_hm_free(&m);
}

/* Entries added under one hash are found in the order they were added, also
** after growth and when their chain wraps around the end of the table. */
static void test_add_order(void) {
    naba_hashmap m;
    naba_hm_init(&m, NULL);
    CHECK_EQ_INT(naba_hm_add(&m, 15, 100), 0); /* last slot of 16: the chain wraps */
    for (uint32_t v = 0; v < 40; v++) CHECK_EQ_INT(naba_hm_add(&m, 15, v), 0);
    CHECK_EQ_INT(m.cap, 128);
    uint32_t want = 100;
    size_t in_order = 0;
    for (size_t i = 15, k = 0; k < 41; i = (i + 1) & (m.cap - 1), k++) {
        in_order += m.slots[i].hash == 15 && m.slots[i].val == want;
        want = k == 0 ? 0 : want + 1;
    }
    CHECK_EQ_INT(in_order, 41);
    CHECK_EQ_INT(naba_hm_get(&m, 15, NULL, NULL), 100);
    naba_hm_free(&m);
}

static void test_arena(void) {
    naba_arena *a = naba_arena_new();
    naba_hashmap m;
    naba_hm_init(&m, a);
    CHECK_EQ_INT(put_all(&m, 1000, good_hash), 1000);
    CHECK_EQ_INT(naba_hm_get(&m, good_hash(keys[999]), same_key, keys[999]), 999);
    naba_hm_free(&m); /* the arena owns the slots */
    naba_arena_free(a);
}

/* The bare key array: colliding keys probe on, wrapping past the end; a
** key's slot is found again; an absent key gets the empty slot after its
** chain; key 0 is kept as 1. */
static void test_key_slots(void) {
    uint64_t k[8] = {0};
    size_t mask = 7;
    uint64_t a = 6, b = 14, c = 22; /* all start at slot 6 */
    k[naba_key_slot(k, mask, a)] = a;
    k[naba_key_slot(k, mask, b)] = b;
    k[naba_key_slot(k, mask, c)] = c;
    CHECK(k[6] == a && k[7] == b && k[0] == c);
    CHECK_EQ_INT(naba_key_slot(k, mask, c), 0);
    CHECK_EQ_INT(naba_key_slot(k, mask, b), 7);
    CHECK_EQ_INT(naba_key_slot(k, mask, 30), 1);
    CHECK_EQ_INT(naba_key_slot(k, mask, 3), 3);
    CHECK(naba_key_nonzero(0) == 1 && naba_key_nonzero(5) == 5);
}

int main(void) {
    for (size_t i = 0; i < N; i++) snprintf(keys[i], sizeof keys[i], "key%zu", i);
    test_empty();
    test_zero();
    test_insert_lookup_grow();
    test_collisions();
    test_add_order();
    test_arena();
    test_key_slots();
    return TEST_REPORT();
}
