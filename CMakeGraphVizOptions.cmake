# What `make architecture-graph` draws from the CMake targets: Tend's own libraries and the executable, without the
# tests, benchmarks, fuzzers and tools, and without system libraries.
set(GRAPHVIZ_GRAPH_NAME "Tend's layers")
set(GRAPHVIZ_EXTERNAL_LIBS FALSE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "tend_.*tests.*" "tend_bench.*" "fuzz_.*" "tend_.*test_main" "tend_.*screenshots"
    "tend_iconbake" "tend_coach_explain" "tend_coach_train" "tend_coach_eval" "tend_warnings" "tend_spdlog"
    "tend_.*test_support.*" "tend_.*_child" "tend_manpage" "tend_appicon" "tend_minimal_qt" ".*_autogen.*")
