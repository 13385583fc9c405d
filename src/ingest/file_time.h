// ISO 8601 renderings of file and clock times, in UTC ("2024-06-19T06:30:00+00:00").
#ifndef KABAR_INGEST_FILE_TIME_H_
#define KABAR_INGEST_FILE_TIME_H_

#include <sys/stat.h>

#include <string>

namespace kabar {

std::string FileTimeIso8601(const struct stat& st);
std::string CurrentTimeIso8601();

}  // namespace kabar

#endif  // KABAR_INGEST_FILE_TIME_H_
