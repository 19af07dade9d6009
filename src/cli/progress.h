// Progress on stderr for long batches, shown only when a person is watching a terminal.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace storyline {

// Counts on stderr while a long batch runs, only when a person is watching a terminal.
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO)), start_(Clock::now()), last_(start_) {}
  void tick() {
    ++count_;
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%zu articles, %.0f/s", count_, count_ / seconds);
  }
  void done() {
    if (enabled_ && last_ != start_) std::fprintf(stderr, "\r%zu articles%20s\n", count_, "");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_;
  std::size_t count_ = 0;
};

}  // namespace storyline
