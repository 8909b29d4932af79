# The offline demo account (design.md, "Demo and simulator share one account"), included by
# models/CMakeLists.txt into roster_models.
target_sources(roster_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoAccount.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAccount.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoAccountApi.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAccountApi.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoPlatform.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoPlatform.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoMemberWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoMemberWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoSchema.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoSeed.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoSeed.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoStore.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoStore.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoUserReader.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoUserReader.h
)
