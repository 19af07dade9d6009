// A thin RAII layer over the sqlite3 C API: a connection and prepared statements with bound
// parameters. Every failure throws StoreError carrying SQLite's own message.
//
//   Database db("storyline.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   Statement insert = db.prepare("INSERT INTO t(a, b) VALUES (?, ?)");
//   insert.bind(1, "x").bind(2, 42).run();
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "store/store.h"

namespace storyline::sqlite {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;

  // Parameters are numbered from 1. Text is copied by SQLite (SQLITE_TRANSIENT).
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind_blob(int index, const void* data, std::size_t size);
  Statement& bind_null(int index);

  bool step();  // true while a row is ready
  void run();   // steps to the end, then resets for reuse
  void reset(); // clears bindings too

  std::int64_t integer(int column) const;
  std::string text(int column) const;
  std::string_view text_view(int column) const;  // valid until the next step
  std::string_view blob(int column) const;       // valid until the next step
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

class Database {
 public:
  Database(const std::string& path, int flags);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const char* sql);  // for fixed SQL only: no data is ever spliced into it
  Statement prepare(std::string_view sql) { return Statement(db_, sql); }
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace storyline::sqlite
