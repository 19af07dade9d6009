// The store's schema on PostgreSQL as numbered migrations, version for version the SQLite ones
// (sqlite_schema.h): the same tables and columns in PostgreSQL types, search as tsvector columns
// instead of FTS5 tables. Opening a store applies the missing migrations in order, each in its
// own transaction under the store's advisory lock, so two processes opening one store at once
// migrate it once.
#pragma once

#include <string>
#include <vector>

#include "store/postgres_db.h"

namespace storyline::postgres {

struct Migration {
  int version;
  const char* name;
  const char* sql;
  void (*after)(Connection&);  // work SQL cannot do (folding text for search), or null
};

const std::vector<Migration>& migrations();
int latest_schema_version();

// Brings the database up to the latest version; `url` (redacted) names it in messages. Throws
// StoreError for a database with tables but no schema_migrations, and for a store written by a
// newer storyline (never touched then). Returns the version found before migrating.
int migrate(Connection& db, const std::string& url);

// The version a store is at (0: none applied, or no schema_migrations table).
int schema_version(Connection& db);

// Whether the database holds any table of its own (in its current schema).
bool has_tables(Connection& db);

// Every writer takes this transaction-level advisory lock first (see PostgresStore::begin).
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(7158012345610581073)";

}  // namespace storyline::postgres
