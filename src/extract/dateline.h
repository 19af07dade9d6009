// Datelines: the place, date and credit a wire-style report opens with, before a dash.
//
//   "PORT SALTMERE, March 10 (Coastal Wire) — An explosion ..."
//       -> place "PORT SALTMERE", month 3, day 10, no year, credit "Coastal Wire"
//   "MADRID, 12 mar (EFE) - ..."  "WASHINGTON (Reuters) - ..."  "WASHINGTON - April 27 - ..."
//
// A dateline dates the report itself (unlike the dates in its body, which are the events it
// tells) and its credit names the outlet or agency that wrote it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/resources.h"

namespace storyline {

struct Dateline {
  std::string place;   // as written: "PORT SALTMERE", "Mannheim, Germany"
  int year = 0;        // 0 when the dateline writes no year
  int month = 0;       // 0 when it writes no date
  int day = 0;
  std::string credit;  // the name in parentheses: "Coastal Wire", "EFE"; empty when none
};

// The dateline that opens `paragraph`, or nothing when it does not open with one: a place in
// capitalised words, then optionally a date (month and day, with or without a year) and a credit
// in parentheses, then a dash. A short paragraph that is nothing but such a dateline counts too.
std::optional<Dateline> read_dateline(std::string_view paragraph,
                                      const ExtractResources& resources);

}  // namespace storyline
