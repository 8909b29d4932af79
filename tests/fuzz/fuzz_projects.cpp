// The Cloud service's lists: the projects of `GET /cloud/v1/projects` and a person's roles of
// `GET /cloud/v1/users/assignments`, read from the same bytes.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<CloudAssignmentList> roles = ApiJson::parseCloudAssignments(body);
    if (roles) {
        FUZZ_CHECK(roles.value().unreadable >= 0);
        for (const CloudAssignment &role : roles.value().assignments)
            FUZZ_CHECK(!role.role.isEmpty());
    } else {
        FUZZ_CHECK(!roles.error().text().isEmpty());
    }
    const Result<QList<Project>> projects = ApiJson::parseProjects(body);
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
