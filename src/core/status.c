/*
** status.c — status names and the one way errors are filled in.
*/
#include "naba.h"

#include <stdarg.h>
#include <stdio.h>

const char *naba_status_name(naba_status s) {
    switch (s) {
    case NABA_OK: return "ok";
    case NABA_ERR_NOMEM: return "out_of_memory";
    case NABA_ERR_IO: return "io";
    case NABA_ERR_TOO_LARGE: return "too_large";
    case NABA_ERR_BINARY: return "binary_input";
    case NABA_ERR_EMPTY: return "empty_input";
    case NABA_ERR_FORMAT: return "bad_format";
    case NABA_ERR_MODEL: return "bad_model";
    case NABA_ERR_USAGE: return "usage";
    case NABA_ERR_BUSY: return "busy";
    }
    return "unknown";
}

naba_status naba_fail(naba_error *err, naba_status code, size_t offset,
                      const char *fmt, ...) {
    if (err) {
        err->code = code;
        err->offset = offset;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}
