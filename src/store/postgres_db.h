// A thin RAII layer over libpq: a connection, parameterised statements prepared once per
// connection, and results read by row and column. Every failure throws StoreError carrying the
// server's own message. Values travel as text, except BYTEA parameters (binary).
//
//   postgres::Connection db("postgresql://user@host/news");
//   db.run("INSERT INTO t(a, b) VALUES ($1, $2)", postgres::Params().text("x").integer(42));
//   postgres::Result rows = db.run("SELECT a FROM t WHERE b = $1", postgres::Params().integer(42));
//   for (int i = 0; i < rows.size(); ++i) use(rows.text(i, 0));
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace storyline::postgres {

// Statement parameters, $1 first.
class Params {
 public:
  Params& text(std::string_view value);  // a NUL byte becomes U+FFFD: PostgreSQL text has none
  Params& integer(std::int64_t value) { return text(std::to_string(value)); }
  Params& bytes(const void* data, std::size_t size);
  Params& null();
  Params& optional_text(const std::optional<std::string>& value) { return value ? text(*value) : null(); }

  int size() const { return static_cast<int>(values_.size()); }
  // Arrays for PQexecParams / PQexecPrepared, valid while this object lives unchanged.
  std::vector<const char*> pointers() const;
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  std::vector<std::optional<std::string>> values_;
  std::vector<int> lengths_, formats_;
};

// A text[] literal ('{"a","b",NULL}') for `$n::text[]` parameters: a whole list in one value, so
// a table's rows for one article go in one statement (unnest) rather than one round trip each.
std::string array_literal(const std::vector<std::optional<std::string>>& values);
std::string array_literal(const std::vector<std::int64_t>& values);

class Result {
 public:
  explicit Result(PGresult* result) : result_(result, PQclear) {}
  int size() const { return PQntuples(result_.get()); }
  bool empty() const { return size() == 0; }
  std::string text(int row, int column) const;
  std::string_view text_view(int row, int column) const;  // valid while this Result lives
  std::int64_t integer(int row, int column) const;        // 0 for NULL
  bool is_null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  // A BYTEA column as text ('\x0a1b...') decoded to its bytes.
  std::string bytes(int row, int column) const;

 private:
  std::unique_ptr<PGresult, void (*)(PGresult*)> result_;
};

class Connection {
 public:
  // `url`: a postgresql:// URL (libpq's conninfo). Throws StoreError naming the server (never
  // the password) with libpq's reason: unreachable, refused, authentication failed.
  explicit Connection(const std::string& url);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Fixed SQL, possibly several statements; no data is ever spliced into it.
  void exec(const char* sql);
  // One statement with parameters, prepared on first use and kept for this connection; `sql`
  // must be a string constant (the cache is keyed by its address).
  Result run(const char* sql, const Params& params = Params());
  // One statement with parameters, not kept (for SQL built at run time).
  Result run_once(const std::string& sql, const Params& params = Params());
  // Rows one at a time as the server sends them (libpq's single-row mode), so a query over a
  // whole store never holds every row in memory. `visit` must not use this connection.
  void stream(const char* sql, const Params& params, const std::function<void(const Result& row)>& visit);

  PGconn* handle() { return connection_; }

 private:
  Result checked(PGresult* result, std::string_view sql);

  PGconn* connection_ = nullptr;
  std::map<const char*, std::string> prepared_;  // sql -> statement name
};

// `url` with any password replaced by "***", for messages.
std::string redacted_url(const std::string& url);

}  // namespace storyline::postgres
