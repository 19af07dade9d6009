#include "extract/article.h"

namespace storyline {

const char* to_string(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Second: return "second";
    case DatePrecision::Day: return "day";
    case DatePrecision::Month: return "month";
    case DatePrecision::Year: return "year";
    case DatePrecision::Unknown: break;
  }
  return "unknown";
}

const char* to_string(DateSource source) {
  switch (source) {
    case DateSource::Given: return "given";
    case DateSource::Metadata: return "metadata";
    case DateSource::Url: return "url";
    case DateSource::Text: return "text";
    case DateSource::Estimated: return "estimated";
    case DateSource::None: break;
  }
  return "none";
}

}  // namespace storyline
