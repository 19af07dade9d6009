#include "store/postgres_db.h"

#include <cstdlib>

namespace storyline::postgres {
namespace {

// libpq's message on one line: its line breaks (before a hint) become "; ".
std::string trimmed(const char* message) {
  std::string out;
  for (const char* c = message ? message : ""; *c; ++c) {
    if (*c != '\n') {
      out += *c;
      continue;
    }
    while (c[1] == '\t' || c[1] == ' ' || c[1] == '\n') ++c;
    if (c[1]) out += "; ";
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Notices ("word is too long to be indexed", "... does not exist, skipping") are not errors,
// and a command's output is no place for the server's chatter.
void ignore_notice(void*, const char*) {}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

Params& Params::text(std::string_view value) {
  std::string copy(value);
  // PostgreSQL text cannot hold NUL, and libpq would cut a text parameter there: a NUL (which
  // SQLite keeps) is stored as U+FFFD instead, as a character that could not be read.
  for (std::size_t at = copy.find('\0'); at != std::string::npos; at = copy.find('\0', at + 3))
    copy.replace(at, 1, "\xEF\xBF\xBD");
  lengths_.push_back(static_cast<int>(copy.size()));
  values_.emplace_back(std::move(copy));
  formats_.push_back(0);
  return *this;
}

Params& Params::bytes(const void* data, std::size_t size) {
  values_.emplace_back(std::string(static_cast<const char*>(data), size));
  lengths_.push_back(static_cast<int>(size));
  formats_.push_back(1);
  return *this;
}

Params& Params::null() {
  values_.emplace_back(std::nullopt);
  lengths_.push_back(0);
  formats_.push_back(0);
  return *this;
}

std::vector<const char*> Params::pointers() const {
  std::vector<const char*> out;
  for (const auto& value : values_) out.push_back(value ? value->c_str() : nullptr);
  return out;
}

std::string array_literal(const std::vector<std::optional<std::string>>& values) {
  std::string out = "{";
  for (const auto& value : values) {
    if (out.size() > 1) out += ',';
    if (!value) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (char c : *value) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string array_literal(const std::vector<std::int64_t>& values) {
  std::string out = "{";
  for (std::int64_t value : values) out += (out.size() > 1 ? "," : "") + std::to_string(value);
  return out + "}";
}

std::string Result::text(int row, int column) const { return std::string(text_view(row, column)); }

std::string_view Result::text_view(int row, int column) const {
  return {PQgetvalue(result_.get(), row, column), static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
}

std::int64_t Result::integer(int row, int column) const {
  if (is_null(row, column)) return 0;
  return std::strtoll(PQgetvalue(result_.get(), row, column), nullptr, 10);
}

std::string Result::bytes(int row, int column) const {
  std::string_view hex = text_view(row, column);
  if (hex.starts_with("\\x")) hex.remove_prefix(2);
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    int high = hex_digit(hex[i]), low = hex_digit(hex[i + 1]);
    if (high < 0 || low < 0) throw StoreError("a BYTEA value is not in hex form");
    out += static_cast<char>(high * 16 + low);
  }
  return out;
}

std::string redacted_url(const std::string& url) {
  // postgresql://user:password@host/...: the password sits between the first ':' after the
  // scheme and the last '@' before the path.
  std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  std::size_t authority = scheme + 3;
  std::size_t end = url.find_first_of("/?", authority);
  std::size_t at = url.rfind('@', end == std::string::npos ? std::string::npos : end);
  if (at == std::string::npos || at < authority) return url;
  std::size_t colon = url.find(':', authority);
  if (colon == std::string::npos || colon > at) return url;
  std::string out = url.substr(0, colon + 1) + "***" + url.substr(at);
  // A password given as a parameter (?password=...) is hidden the same way.
  std::size_t param = out.find("password=");
  if (param != std::string::npos) {
    std::size_t stop = out.find('&', param);
    out = out.substr(0, param + 9) + "***" + (stop == std::string::npos ? "" : out.substr(stop));
  }
  return out;
}

Connection::Connection(const std::string& url) {
  // Ours first, so the URL's own settings win (libpq keeps the last value of a keyword). Without
  // a timeout, a host that drops packets would hang a command for minutes.
  const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
  const char* values[] = {"10", "storyline", url.c_str(), nullptr};
  connection_ = PQconnectdbParams(keywords, values, 1);
  if (!connection_) throw StoreError("cannot connect to " + redacted_url(url) + ": out of memory");
  if (PQstatus(connection_) != CONNECTION_OK) {
    std::string message = trimmed(PQerrorMessage(connection_));
    PQfinish(connection_);
    connection_ = nullptr;
    throw StoreError("cannot connect to " + redacted_url(url) + ": " + message);
  }
  PQsetNoticeProcessor(connection_, ignore_notice, nullptr);
  try {
    if (PQsetClientEncoding(connection_, "UTF8") != 0)
      throw StoreError(redacted_url(url) + ": cannot use UTF-8: " + trimmed(PQerrorMessage(connection_)));
    exec("SET bytea_output = 'hex'");
  } catch (...) {
    PQfinish(connection_);  // no destructor runs for a constructor that throws
    throw;
  }
}

Connection::~Connection() { PQfinish(connection_); }

Result Connection::checked(PGresult* result, std::string_view sql) {
  Result out(result);
  ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return out;
  std::string message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(connection_));
  if (message.empty()) message = trimmed(PQerrorMessage(connection_));
  if (PQstatus(connection_) == CONNECTION_BAD) {
    // The server restarted or the network dropped: this call fails (its transaction is gone),
    // and a long-running `serve` carries on with the next one on a fresh connection.
    PQreset(connection_);
    prepared_.clear();
    if (PQstatus(connection_) == CONNECTION_OK) {
      PQsetClientEncoding(connection_, "UTF8");
      PQclear(PQexec(connection_, "SET bytea_output = 'hex'"));
    }
  }
  throw StoreError("'" + std::string(sql.substr(0, 60)) + "' failed: " + message);
}

void Connection::exec(const char* sql) { checked(PQexec(connection_, sql), sql); }

Result Connection::run(const char* sql, const Params& params) {
  auto found = prepared_.find(sql);
  if (found == prepared_.end()) {
    std::string name = "s" + std::to_string(prepared_.size());
    checked(PQprepare(connection_, name.c_str(), sql, 0, nullptr), sql);
    found = prepared_.emplace(sql, name).first;
  }
  std::vector<const char*> values = params.pointers();
  return checked(PQexecPrepared(connection_, found->second.c_str(), params.size(), values.data(), params.lengths(),
                                params.formats(), 0),
                 sql);
}

Result Connection::run_once(const std::string& sql, const Params& params) {
  std::vector<const char*> values = params.pointers();
  return checked(
      PQexecParams(connection_, sql.c_str(), params.size(), nullptr, values.data(), params.lengths(), params.formats(), 0),
      sql);
}

void Connection::stream(const char* sql, const Params& params, const std::function<void(const Result&)>& visit) {
  std::vector<const char*> values = params.pointers();
  std::string shown(std::string_view(sql).substr(0, 60));
  if (!PQsendQueryParams(connection_, sql, params.size(), nullptr, values.data(), params.lengths(),
                         params.formats(), 0))
    throw StoreError("'" + shown + "' failed: " + trimmed(PQerrorMessage(connection_)));
  PQsetSingleRowMode(connection_);
  std::string error;
  std::exception_ptr thrown;
  // Every result is read to the end, even after a failure, so the connection stays usable.
  while (PGresult* raw = PQgetResult(connection_)) {
    Result result(raw);
    ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_SINGLE_TUPLE) {
      if (thrown || !error.empty()) continue;
      try {
        visit(result);
      } catch (...) {
        thrown = std::current_exception();
      }
    } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && error.empty()) {
      error = trimmed(PQresultErrorMessage(raw));
    }
  }
  if (thrown) std::rethrow_exception(thrown);
  if (!error.empty()) throw StoreError("'" + shown + "' failed: " + error);
}

}  // namespace storyline::postgres
