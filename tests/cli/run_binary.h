// Helpers for the end-to-end tests of the `storyline` binary: run it with arguments (and bytes
// piped to its stdin), capture stdout and stderr through temporary files, and return the exit
// status. Also a temporary folder that removes itself, file writers and JSON Lines parsing.
//
//   storyline::cli_test::TempDir dir;
//   auto page = dir.write("a.html", "<html>...</html>");
//   auto run = storyline::cli_test::run_storyline({"extract", page.string()});
//   EXPECT_EQ(run.exit_code, 0) << run.describe();
//
// No wall-clock bound is put on a run; a hang is left to CTest's timeout.
#pragma once

#include "../support/compress.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

extern char** environ;

namespace storyline::cli_test {

namespace fs = std::filesystem;

inline std::string read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fresh folder under the system temporary directory, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const fs::path base = fs::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
      fs::path candidate = base / ("storyline-cli-test-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(counter++) + "-" + std::to_string(random()));
      std::error_code error;
      if (fs::create_directory(candidate, error)) {
        path_ = candidate;
        return;
      }
    }
    throw std::runtime_error("cannot create a temporary folder");
  }
  ~TempDir() {
    std::error_code error;
    fs::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }

  // Writes `bytes` to `name` (relative to the folder, sub-folders created) and returns its path.
  fs::path write(const std::string& name, std::string_view bytes) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file;
  }

 private:
  fs::path path_;
};

struct RunResult {
  int exit_code = -1;      // the exit status, or 128 + signal when killed by a signal
  bool signaled = false;   // killed by a signal (a crash)
  std::string out;         // stdout bytes
  std::string err;         // stderr bytes

  // True when a sanitizer reported something on stderr (memory error, UB, leak, stack overflow).
  bool sanitizer_report() const {
    return err.find("AddressSanitizer") != std::string::npos ||
           err.find("LeakSanitizer") != std::string::npos ||
           err.find("runtime error:") != std::string::npos ||
           err.find("UndefinedBehaviorSanitizer") != std::string::npos;
  }

  // For failure messages: exit status and the start of stderr (stdout can be huge).
  std::string describe() const {
    std::string text = "exit " + std::to_string(exit_code) + (signaled ? " (signal)" : "") +
                       ", stdout " + std::to_string(out.size()) + " bytes, stderr:\n";
    text += err.size() > 4000 ? err.substr(0, 4000) + "\n[...]" : err;
    return text;
  }
};

// Sanitizers exit with 1 by default, which reads like "an input failed"; give them their own
// statuses in the child so a memory error can never pass for a documented exit code.
inline std::vector<std::string> child_environment() {
  std::vector<std::string> env;
  std::string asan = "ASAN_OPTIONS=", ubsan = "UBSAN_OPTIONS=";
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view item(*entry);
    if (item.starts_with("ASAN_OPTIONS=")) {
      asan = std::string(item) + ":";
    } else if (item.starts_with("UBSAN_OPTIONS=")) {
      ubsan = std::string(item) + ":";
    } else {
      env.emplace_back(item);
    }
  }
  env.push_back(asan + "exitcode=86");
  env.push_back(ubsan + "exitcode=87:print_stacktrace=1");
  return env;
}

// Runs `binary` with `args`. `stdin_bytes` is written to the child's stdin through a pipe (an
// empty string gives an immediately closed pipe); stdout and stderr go to temporary files.
inline RunResult run_binary(const std::string& binary, const std::vector<std::string>& args,
                            std::string_view stdin_bytes = {}) {
  TempDir capture;
  const std::string out_path = (capture.path() / "stdout").string();
  const std::string err_path = (capture.path() / "stderr").string();

  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);

  std::vector<std::string> argv_strings;
  argv_strings.push_back(binary);
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings = child_environment();
  std::vector<char*> envp;
  for (std::string& item : env_strings) envp.push_back(item.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  const int spawn_error =
      posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[0]);
  if (spawn_error != 0) {
    ::close(pipe_fds[1]);
    throw std::runtime_error("cannot start " + binary + ": " + std::strerror(spawn_error));
  }

  // The child writes to files, never to a pipe we read, so writing all of stdin first cannot
  // deadlock. A child that exits without reading gives EPIPE, which is not our failure.
  struct sigaction ignore {}, previous {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &previous);
  std::size_t written = 0;
  while (written < stdin_bytes.size()) {
    const ssize_t n = ::write(pipe_fds[1], stdin_bytes.data() + written, stdin_bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(pipe_fds[1]);
  ::sigaction(SIGPIPE, &previous, nullptr);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waitpid failed");
  }
  RunResult result;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signaled = true;
    result.exit_code = 128 + WTERMSIG(status);
  }
  result.out = read_whole_file(out_path);
  result.err = read_whole_file(err_path);
  return result;
}

inline RunResult run_storyline(const std::vector<std::string>& args,
                               std::string_view stdin_bytes = {}) {
  return run_binary(STORYLINE_BINARY, args, stdin_bytes);
}

// One JSON value per non-empty line; throws (failing the test) on a line that is not JSON.
inline std::vector<nlohmann::json> parse_jsonl(const std::string& text) {
  std::vector<nlohmann::json> values;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) values.push_back(nlohmann::json::parse(line));
  }
  return values;
}

using test_support::gzip_member;

// A small HTML news page whose body holds `paragraphs` inside <article>.
inline std::string html_page(const std::string& title, const std::vector<std::string>& paragraphs,
                             const std::string& head_extra = {}) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" +
                     title + "</title>\n" + head_extra + "</head>\n<body>\n<article>\n<h1>" +
                     title + "</h1>\n";
  for (const std::string& paragraph : paragraphs) page += "<p>" + paragraph + "</p>\n";
  page += "</article>\n</body></html>\n";
  return page;
}

}  // namespace storyline::cli_test
