/* Ledger rows loaded from the benchmark's CSV file into memory, so that the timed loop only appends. */
#ifndef PROVIDER_BENCHMARK_LEDGER_CSV_H
#define PROVIDER_BENCHMARK_LEDGER_CSV_H

#include <stddef.h>
#include <stdint.h>

/* UTF-8 bytes of one text value (not NUL-terminated; points into the loaded file). */
typedef struct {
    const char *bytes;
    size_t length;
} ledger_text;

typedef struct {
    ledger_text project_id, name, region, chain, fund_source;
    double investment;
    int32_t signed_on, started_on, producing_on; /* days since 1970-01-01 */
    int producing_on_null;
    ledger_text status;
} ledger_row;

typedef struct {
    ledger_row *items;
    size_t count;
    char *file; /* the whole file, which the texts point into */
} ledger_rows;

/* Loads a header line and comma-separated rows without quoting; an empty producing_on is NULL. */
int ledger_load(const char *path, ledger_rows *out);

void ledger_free(ledger_rows *rows);

#endif
