// The Cloud projects of `GET /cloud/v1/projects`.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<Project>> projects = ApiJson::parseProjects(fuzzBytes(data, size));
    if (!projects) {
        FUZZ_CHECK(!projects.error().text().isEmpty());
        return 0;
    }
    for (const Project &project : projects.value()) {
        FUZZ_CHECK(project.id > 0);
        FUZZ_CHECK(!project.name.isEmpty());
    }
    return 0;
}
