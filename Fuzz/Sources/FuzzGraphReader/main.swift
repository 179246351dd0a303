import FuzzSupport

#if canImport(Glibc)
    import Glibc
#endif

// SwiftPM names this entry point FuzzGraphReader_main; it hands the command line to libFuzzer's driver.
exit(runFuzzer(CommandLine.argc, CommandLine.unsafeArgv) { data, size in fuzzGraphReader(data, size) })
