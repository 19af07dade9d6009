// The real resource folder, loaded once for all extract tests.
#pragma once

#include "extract/resources.h"

namespace storyline::testing {

inline const ExtractResources& resources() {
  static const ExtractResources loaded = load_extract_resources(STORYLINE_SOURCE_DIR "/resources");
  return loaded;
}

}  // namespace storyline::testing
