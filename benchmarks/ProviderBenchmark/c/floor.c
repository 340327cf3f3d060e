/* The C floor of the provider benchmark: DuckDB's C API used directly, no wrapper.
 *
 *   floor read   <warm-up runs> <runs> <benchmark name> <sql> <warm-up sql>
 *       runs the warm-up query <warm-up runs> times unmeasured, then per run streams the query (duckdb_pending_prepared_streaming + duckdb_fetch_chunk), reads
 *       column 0 as BIGINT, 1 as DOUBLE, 2 as VARCHAR straight from the vectors, checking
 *       validity per value, and sums the integers, the doubles and the string lengths.
 *   floor append <warm-up runs> <runs> <benchmark name> <csv file> <create sql> <fingerprint sql>
 *       loads the ledger rows from the CSV (not timed), then per run creates the table "ledger"
 *       in a fresh database, appends the rows with the per-value appender API
 *       (duckdb_append_varchar_length, ..._double, ..._date, ..._null, duckdb_appender_end_row),
 *       closes the appender, and prints the fingerprint query's one VARCHAR value.
 *
 * Each run opens a fresh in-memory database. The time covers the query (or appender) work
 * only, measured inside the process: wall time with CLOCK_MONOTONIC, CPU time (all threads,
 * user + system) with getrusage. One line per measured run:
 *   RUN <benchmark> c <run> <seconds> <cpu seconds> <fingerprint>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "duckdb_min.h"
#include "ledger_csv.h"

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* Wall and CPU seconds of one measured stretch. */
typedef struct {
    double wall, cpu;
} elapsed;

static elapsed start_clock(void) {
    elapsed start = {now_seconds(), cpu_seconds()};
    return start;
}

static elapsed stop_clock(elapsed start) {
    elapsed spent = {now_seconds() - start.wall, cpu_seconds() - start.cpu};
    return spent;
}

static void fail(const char *what, const char *detail) {
    fprintf(stderr, "floor: %s: %s\n", what, detail ? detail : "(no message)");
    exit(1);
}

static void open_fresh(duckdb_database *db, duckdb_connection *con) {
    if (duckdb_open(NULL, db) != DUCKDB_OK) fail("open", "cannot open an in-memory database");
    if (duckdb_connect(*db, con) != DUCKDB_OK) fail("connect", "cannot connect");
}

static void close_all(duckdb_database *db, duckdb_connection *con) {
    duckdb_disconnect(con);
    duckdb_close(db);
}

static void execute(duckdb_connection con, const char *sql) {
    duckdb_result result;
    if (duckdb_query(con, sql, &result) != DUCKDB_OK) fail(sql, duckdb_result_error(&result));
    duckdb_destroy_result(&result);
}

static int is_valid(const uint64_t *validity, idx_t row) {
    return validity == NULL || (validity[row >> 6] >> (row & 63)) & 1;
}

/* One streamed read of the query; returns the time spent and fills the three sums. */
static elapsed read_once(const char *sql, long long *rows, long long *sum_int, double *sum_double, long long *sum_length) {
    duckdb_database db;
    duckdb_connection con;
    open_fresh(&db, &con);

    elapsed start = start_clock();
    duckdb_prepared_statement prepared;
    if (duckdb_prepare(con, sql, &prepared) != DUCKDB_OK) fail("prepare", duckdb_prepare_error(prepared));
    duckdb_pending_result pending;
    if (duckdb_pending_prepared_streaming(prepared, &pending) != DUCKDB_OK) fail("pending", duckdb_pending_error(pending));
    duckdb_result result;
    if (duckdb_execute_pending(pending, &result) != DUCKDB_OK) fail("execute", duckdb_result_error(&result));

    long long n = 0, si = 0, sl = 0;
    double sd = 0;
    for (;;) {
        duckdb_data_chunk chunk = duckdb_fetch_chunk(result);
        if (chunk == NULL) break;
        idx_t size = duckdb_data_chunk_get_size(chunk);
        duckdb_vector v0 = duckdb_data_chunk_get_vector(chunk, 0);
        duckdb_vector v1 = duckdb_data_chunk_get_vector(chunk, 1);
        duckdb_vector v2 = duckdb_data_chunk_get_vector(chunk, 2);
        const int64_t *ints = duckdb_vector_get_data(v0);
        const double *doubles = duckdb_vector_get_data(v1);
        const duckdb_string_t *strings = duckdb_vector_get_data(v2);
        const uint64_t *valid0 = duckdb_vector_get_validity(v0);
        const uint64_t *valid1 = duckdb_vector_get_validity(v1);
        const uint64_t *valid2 = duckdb_vector_get_validity(v2);
        for (idx_t row = 0; row < size; row++) {
            if (is_valid(valid0, row)) si += ints[row];
            if (is_valid(valid1, row)) sd += doubles[row];
            if (is_valid(valid2, row)) sl += strings[row].inlined.length;
        }
        n += (long long)size;
        duckdb_destroy_data_chunk(&chunk);
    }
    const char *error = duckdb_result_error(&result);
    if (error != NULL) fail("fetch", error);
    elapsed spent = stop_clock(start);

    duckdb_destroy_result(&result);
    duckdb_destroy_pending(&pending);
    duckdb_destroy_prepare(&prepared);
    close_all(&db, &con);
    *rows = n;
    *sum_int = si;
    *sum_double = sd;
    *sum_length = sl;
    return spent;
}

static void run_read(int warmups, int runs, const char *name, const char *sql, const char *warmup_sql) {
    long long rows, sum_int, sum_length;
    double sum_double;
    for (int run = 0; run < warmups; run++) read_once(warmup_sql, &rows, &sum_int, &sum_double, &sum_length);
    for (int run = 0; run < runs; run++) {
        elapsed spent = read_once(sql, &rows, &sum_int, &sum_double, &sum_length);
        printf("RUN %s c %d %.6f %.6f rows=%lld;ints=%lld;doubles=%.1f;chars=%lld\n", name, run + 1, spent.wall, spent.cpu,
               rows, sum_int, sum_double, sum_length);
        fflush(stdout);
    }
}

static void append_text(duckdb_appender appender, const ledger_text *text) {
    if (duckdb_append_varchar_length(appender, text->bytes, text->length) != DUCKDB_OK)
        fail("append", duckdb_appender_error(appender));
}

static void append_date(duckdb_appender appender, int32_t days, int is_null) {
    duckdb_state state;
    if (is_null) {
        state = duckdb_append_null(appender);
    } else {
        duckdb_date date = {days};
        state = duckdb_append_date(appender, date);
    }
    if (state != DUCKDB_OK) fail("append", duckdb_appender_error(appender));
}

/* Copies the first value of a one-VARCHAR-column query into out. */
static void first_text(duckdb_connection con, const char *sql, char *out, size_t capacity) {
    duckdb_result result;
    if (duckdb_query(con, sql, &result) != DUCKDB_OK) fail("fingerprint", duckdb_result_error(&result));
    duckdb_data_chunk chunk = duckdb_fetch_chunk(result);
    if (chunk == NULL) fail("fingerprint", "no row");
    const duckdb_string_t *text = duckdb_vector_get_data(duckdb_data_chunk_get_vector(chunk, 0));
    size_t length = text->inlined.length < capacity - 1 ? text->inlined.length : capacity - 1;
    memcpy(out, text->inlined.length <= 12 ? text->inlined.inlined : text->pointer.ptr, length);
    out[length] = 0;
    duckdb_destroy_data_chunk(&chunk);
    duckdb_destroy_result(&result);
}

static elapsed append_once(const ledger_rows *rows, const char *create_sql, const char *fingerprint_sql, char *print,
                          size_t capacity) {
    duckdb_database db;
    duckdb_connection con;
    open_fresh(&db, &con);
    execute(con, create_sql);

    elapsed start = start_clock();
    duckdb_appender appender;
    if (duckdb_appender_create(con, NULL, "ledger", &appender) != DUCKDB_OK) fail("appender", duckdb_appender_error(appender));
    for (size_t i = 0; i < rows->count; i++) {
        const ledger_row *row = &rows->items[i];
        append_text(appender, &row->project_id);
        append_text(appender, &row->name);
        append_text(appender, &row->region);
        append_text(appender, &row->chain);
        append_text(appender, &row->fund_source);
        /* The C appender has no per-value DECIMAL call; a double cast to DECIMAL(18,4) is its cheapest way. */
        if (duckdb_append_double(appender, row->investment) != DUCKDB_OK) fail("append", duckdb_appender_error(appender));
        append_date(appender, row->signed_on, 0);
        append_date(appender, row->started_on, 0);
        append_date(appender, row->producing_on, row->producing_on_null);
        append_text(appender, &row->status);
        if (duckdb_appender_end_row(appender) != DUCKDB_OK) fail("end row", duckdb_appender_error(appender));
    }
    if (duckdb_appender_close(appender) != DUCKDB_OK) fail("close", duckdb_appender_error(appender));
    duckdb_appender_destroy(&appender);
    elapsed spent = stop_clock(start);

    first_text(con, fingerprint_sql, print, capacity);
    close_all(&db, &con);
    return spent;
}

static void run_append(int warmups, int runs, const char *name, const char *csv, const char *create_sql,
                       const char *fingerprint_sql) {
    ledger_rows rows;
    if (!ledger_load(csv, &rows)) fail("csv", csv);
    for (int run = -warmups; run < runs; run++) {
        char print[512];
        elapsed spent = append_once(&rows, create_sql, fingerprint_sql, print, sizeof print);
        if (run < 0) continue;
        printf("RUN %s c %d %.6f %.6f %s\n", name, run + 1, spent.wall, spent.cpu, print);
        fflush(stdout);
    }
    ledger_free(&rows);
}

int main(int argc, char **argv) {
    int reading = argc == 7 && strcmp(argv[1], "read") == 0;
    int appending = argc == 8 && strcmp(argv[1], "append") == 0;
    if (!reading && !appending) {
        fprintf(stderr, "usage: floor read <warm-up runs> <runs> <name> <sql> <warm-up sql>\n"
                        "       floor append <warm-up runs> <runs> <name> <csv file> <create sql> <fingerprint sql>\n");
        return 2;
    }
    int warmups = atoi(argv[2]);
    int runs = atoi(argv[3]);
    printf("LIBRARY %s\n", duckdb_library_version());
    if (reading) run_read(warmups, runs, argv[4], argv[5], argv[6]);
    else run_append(warmups, runs, argv[4], argv[5], argv[6], argv[7]);
    return 0;
}
