/* The few declarations of DuckDB's C API (v1.5) that the floor program uses.
 * DuckDB's own header is not shipped with the npm package that provides libduckdb.so, so the
 * types and functions are declared here by hand, with the layouts the C API documents. */
#ifndef PROVIDER_BENCHMARK_DUCKDB_MIN_H
#define PROVIDER_BENCHMARK_DUCKDB_MIN_H

#include <stdint.h>

typedef uint64_t idx_t;

typedef enum { DUCKDB_OK = 0, DUCKDB_FAILED = 1 } duckdb_state;

/* Opaque handles: every one is a pointer to a one-pointer struct on the C side. */
typedef struct duckdb_database_s *duckdb_database;
typedef struct duckdb_connection_s *duckdb_connection;
typedef struct duckdb_prepared_s *duckdb_prepared_statement;
typedef struct duckdb_pending_s *duckdb_pending_result;
typedef struct duckdb_appender_s *duckdb_appender;
typedef struct duckdb_chunk_s *duckdb_data_chunk;
typedef struct duckdb_vector_s *duckdb_vector;

/* duckdb_result: six pointer-sized fields, passed by pointer and (to fetch_chunk) by value. */
typedef struct {
    idx_t reserved_column_count;
    idx_t reserved_row_count;
    idx_t reserved_rows_changed;
    void *reserved_columns;
    char *reserved_error;
    void *internal_data;
} duckdb_result;

/* A VARCHAR element, 16 bytes: a 4-byte length, then either 12 inlined bytes (length <= 12) or a
 * 4-byte prefix and a pointer to the bytes. Both views start with the length. */
typedef union {
    struct {
        uint32_t length;
        char prefix[4];
        const char *ptr;
    } pointer;
    struct {
        uint32_t length;
        char inlined[12];
    } inlined;
} duckdb_string_t;

typedef struct {
    int32_t days; /* since 1970-01-01 */
} duckdb_date;

duckdb_state duckdb_open(const char *path, duckdb_database *out_database);
void duckdb_close(duckdb_database *database);
duckdb_state duckdb_connect(duckdb_database database, duckdb_connection *out_connection);
void duckdb_disconnect(duckdb_connection *connection);
const char *duckdb_library_version(void);

duckdb_state duckdb_query(duckdb_connection connection, const char *query, duckdb_result *out_result);
void duckdb_destroy_result(duckdb_result *result);
const char *duckdb_result_error(duckdb_result *result);

duckdb_state duckdb_prepare(duckdb_connection connection, const char *query, duckdb_prepared_statement *out);
const char *duckdb_prepare_error(duckdb_prepared_statement prepared);
void duckdb_destroy_prepare(duckdb_prepared_statement *prepared);
duckdb_state duckdb_pending_prepared_streaming(duckdb_prepared_statement prepared, duckdb_pending_result *out);
const char *duckdb_pending_error(duckdb_pending_result pending);
duckdb_state duckdb_execute_pending(duckdb_pending_result pending, duckdb_result *out_result);
void duckdb_destroy_pending(duckdb_pending_result *pending);

duckdb_data_chunk duckdb_fetch_chunk(duckdb_result result);
idx_t duckdb_data_chunk_get_size(duckdb_data_chunk chunk);
duckdb_vector duckdb_data_chunk_get_vector(duckdb_data_chunk chunk, idx_t column);
void duckdb_destroy_data_chunk(duckdb_data_chunk *chunk);
void *duckdb_vector_get_data(duckdb_vector vector);
uint64_t *duckdb_vector_get_validity(duckdb_vector vector);

duckdb_state duckdb_appender_create(duckdb_connection connection, const char *schema, const char *table,
                                    duckdb_appender *out_appender);
const char *duckdb_appender_error(duckdb_appender appender);
duckdb_state duckdb_appender_end_row(duckdb_appender appender);
duckdb_state duckdb_appender_close(duckdb_appender appender);
duckdb_state duckdb_appender_destroy(duckdb_appender *appender);
duckdb_state duckdb_append_varchar_length(duckdb_appender appender, const char *value, idx_t length);
duckdb_state duckdb_append_double(duckdb_appender appender, double value);
duckdb_state duckdb_append_date(duckdb_appender appender, duckdb_date value);
duckdb_state duckdb_append_null(duckdb_appender appender);

#endif
