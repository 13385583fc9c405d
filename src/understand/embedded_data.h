// Data files compiled into the library (generated at build time by cmake/KabarEmbed.cmake from
// the files under data/), so kabar needs no data directory at run time.
#ifndef KABAR_UNDERSTAND_EMBEDDED_DATA_H_
#define KABAR_UNDERSTAND_EMBEDDED_DATA_H_

#include <string_view>

namespace kabar::understand {

std::string_view EmbeddedNerModel();   // data/ner/ner-model.txt (empty before the first training)
std::string_view EmbeddedAliases();    // data/aliases.tsv
std::string_view EmbeddedCountries();  // data/gazetteer/countries-id/countries-id-en.tsv
std::string_view EmbeddedProvinces();  // data/gazetteer/wilayah-indonesia/provinces.csv
std::string_view EmbeddedRegencies();  // data/gazetteer/wilayah-indonesia/regencies.csv

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_EMBEDDED_DATA_H_
