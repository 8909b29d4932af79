# The fuzz targets, one per reader of server bytes: fuzz_<name>.cpp, with its seeds in
# corpus/<name>/. Read by this folder's project and by the suite (FuzzTests.cmake).
set(ROSTER_FUZZ_TARGETS users_page user tokens projects me jwt errors replies record)
