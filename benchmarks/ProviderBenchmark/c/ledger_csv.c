#include "ledger_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Days from 1970-01-01 to a proleptic Gregorian date (the usual era-based civil-to-days formula). */
static int32_t days_from_civil(int year, int month, int day) {
    year -= month <= 2;
    int era = (year >= 0 ? year : year - 399) / 400;
    int year_of_era = year - era * 400;
    int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

static int32_t parse_date(ledger_text text) {
    /* YYYY-MM-DD */
    int year = atoi(text.bytes), month = atoi(text.bytes + 5), day = atoi(text.bytes + 8);
    return days_from_civil(year, month, day);
}

/* Splits one line into exactly `count` fields; returns the start of the next line, or NULL. */
static char *split(char *line, ledger_text *fields, int count) {
    char *cursor = line;
    for (int i = 0; i < count; i++) {
        fields[i].bytes = cursor;
        while (*cursor != ',' && *cursor != '\n' && *cursor != '\r' && *cursor != 0) cursor++;
        fields[i].length = (size_t)(cursor - fields[i].bytes);
        if (i < count - 1) {
            if (*cursor != ',') return NULL;
            cursor++;
        }
    }
    while (*cursor == '\r' || *cursor == '\n') *cursor++ = 0;
    return cursor;
}

int ledger_load(const char *path, ledger_rows *out) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) return 0;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    out->file = malloc((size_t)size + 1);
    if (out->file == NULL || fread(out->file, 1, (size_t)size, file) != (size_t)size) {
        fclose(file);
        return 0;
    }
    fclose(file);
    out->file[size] = 0;

    size_t lines = 0;
    for (long i = 0; i < size; i++) lines += out->file[i] == '\n';
    out->items = malloc(sizeof(ledger_row) * (lines + 1));
    out->count = 0;

    char *cursor = strchr(out->file, '\n');
    if (cursor == NULL) return 0;
    cursor++;
    while (*cursor != 0) {
        ledger_text f[10];
        char *next = split(cursor, f, 10);
        if (next == NULL) return 0;
        ledger_row *row = &out->items[out->count++];
        row->project_id = f[0];
        row->name = f[1];
        row->region = f[2];
        row->chain = f[3];
        row->fund_source = f[4];
        row->investment = strtod(f[5].bytes, NULL);
        row->signed_on = parse_date(f[6]);
        row->started_on = parse_date(f[7]);
        row->producing_on_null = f[8].length == 0;
        row->producing_on = row->producing_on_null ? 0 : parse_date(f[8]);
        row->status = f[9];
        cursor = next;
    }
    return 1;
}

void ledger_free(ledger_rows *rows) {
    free(rows->items);
    free(rows->file);
    rows->items = NULL;
    rows->file = NULL;
    rows->count = 0;
}
