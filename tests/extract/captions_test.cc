#include "extract/captions.h"

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

TEST(Captions, EndsWithPhotoCredit) {
  for (const char* line : {
           "Kim Jong Un bersulang dengan Vladimir Putin di Vladivostok, Rusia, 25 April 2019. "
           "KCNA via REUTERS",
           "Putin berbincang dengan Kim Jong Un di Amur, Rusia, 13 September 2023. "
           "Sputnik/Vladimir Smirnov/Pool via REUTERS ATTENTION EDITORS",
           "Kim berjabat tangan dengan Putin di Vladivostok. KCNA melalui REUTERS",
           "Presiden dan pemimpin Korea Utara berjabat tangan pada Rabu. (Sumber: Gavriil "
           "Grigorov, Sputnik, Kremlin Pool Photo melalui AP)",
           "Seorang pria melihat asap mengepul di Israel tengah. REUTERS/Ronen Zvulun",
           "Warga antre membeli minyak goreng di pasar. ANTARA FOTO/Budi Candra/foc.",
           "President Joe Biden speaks at the White House. (AP Photo/Evan Vucci)",
           "Masjid Bukhara Kalyan di Uzbekistan. Shutterstock",
           // A wire's name alone in brackets after a sentence that places people in the photo.
           "Russian President Vladimir Putin (left) and North Korean leader Kim Jong-un shake "
           "hands in Pyongyang on Wednesday. (Yonhap)",
           "Menteri Luar Negeri (kanan) berbincang dengan duta besar di Tokyo. (Kyodo)",
           // A picture from the internet, its credit glued to the last word.
           "Pemimpin Korea Utara Kim Jong Un/Net",
           "Ilustrasi gedung Kementerian Luar Negeri Rusia di Moskow/Ist",
           // An outlet's credit in brackets, a name with an initial, a domain after "Foto:".
           "Warga melintasi genangan banjir di Jakarta Utara, Rabu (19/3/2025). [Suara.com/Alfian "
           "Winanto]",
           // Malaysian sites' "(Source pic)", and "Photo by Name/Outlet".
           "The deputy minister said schools in Sabah would come first. (Bernama pic)",
           "Patients wait at a health center in Quezon City on March 17, 2025. Photo by Lorenzo "
           "Abad/Rappler",
           "Aktivitas bongkar muat di Terminal Tanjung Priok. (CNBC Indonesia/Tri Susilo)",
           // An illustration's short caption, its source in brackets.
           "Ilustrasi sedekah. (Dok. Republika)",
           "Ilustrasi libur Natal (Shutterstock)",
           // A screen's capture, a social-media account's picture.
           "Menko PMK memberi keterangan pers di Jakarta, Senin (24/11/2025). (tangkapan layar "
           "YouTube Sekretariat Presiden)",
           "Menko PMK memberikan keterangan pers di Jakarta. (Instagram/@kemenkopmk)",
           // A site's domain and the photographer's name in capitals, in brackets.
           "Kereta cepat melintas di Stasiun Tegalluar, Bandung. (KOMPAS.COM/ANDI PRATAMA)",
           "Ilustrasi uang Rupiah di sebuah gerai penukaran di Jakarta. KONTAN/Cheppy A. Muchlis",
           "Anggota DPR saat rapat kerja di Senayan, Jakarta. Foto: Ricardo/JPNN.com",
           // "IST" ("istimewa": a photo handed to the newsroom), bare or in brackets.
           "Pedagang mengangkut barang dagangan ke lantai dua Pasar Raya Padang. IST",
           "Bupati meninjau lokasi banjir di Kecamatan Gubug, Grobogan. (Ist)",
           "Petugas memeriksa dokumen kapal di Pelabuhan Tulehu, Maluku. (Dok/Humas)",
           // English-language sites' own forms (the Guardian, Al Jazeera, ABC, the Inquirer,
           // VnExpress, The Japan Times, Nikkei Asia).
           "Snorkellers over a bleached section of reef near Cairns in March. Photograph: Sarah "
           "Keane/AAP",
           "Fishermen pull their boat onto the bank of the river near the village [Nurul Hidayah "
           "Aziz/Al Jazeera]",
           "Workers sort mangoes in a packing shed south of Darwin. (ABC Rural: Lena Dawson)",
           "Vendors arrange vegetables at the Iloilo Central Market. \u2014PHOTO BY CARLA MENDOZA",
           "A train on the city's first metro line runs past the river. Photo by VnExpress/Quynh "
           "Tran",
           "Visitors walk along the Kuromon Market shopping street in Osaka. | Kyodo",
           "An assembly line for electric vehicle batteries in Chonburi province. (Photo by Yuki "
           "Tanaka)",
           "Warga memperbaiki jembatan gantung di Lebak, Banten. \xC2\xA9"
           "2025 Merdeka.com/Istimewa",
           "Pendaki di jalur Gunung Merbabu via Selo. Foto: Dok. Balai Taman Nasional Gunung "
           "Merbabu",
           "Pesawat Garuda Indonesia di Bandara Internasional Soekarno-Hatta. (Foto ilustrasi)",
           // A photo from the writer's own collection (citizen journalism, community news).
           "Pak Guru membagikan buku kepada murid di teras sekolah. (Dokumentasi pribadi)",
           "Relawan membersihkan pantai Kuta pada Minggu pagi. (Dok. Pribadi)",
           // A dash after the last full stop, then the credit.
           "Petugas menertibkan parkir liar di Jalan Mataram, Jogja, Selasa (18/11/2025). - "
           "Jibi/Harian Jogja/Gigih M. Hanafi",
           "The new electric buses on display at the Penang Sentral terminal. - Bernama photo",
           "Menteri Kewangan ketika sidang media di Parlimen hari ini. --fotoBERNAMA (2025) HAK "
           "CIPTA TERPELIHARA",
           "Traders at the reopened wet market in Ipoh on Sunday. \xE2\x80\x93 Filepic",
           // The photographer before the site's domain; a dash, the agency and "photo"/"pic".
           "Kapal bersandar di dermaga baru Pelabuhan Tanjung Perak. (Dimas Ardiansyah/"
           "JawaPos.com)",
           "Rescuers search the rubble in Kuala Lumpur on Monday. \xE2\x80\x94 AFP pic",
           // The photographer before a wire's or site's name; a photo from an institution's own
           // collection; the outlet opened by a slash; a name's abbreviation in a label credit.
           "Bus listrik melintas di kawasan Kampung Melayu, Kamis (20/6/2024). (Andika "
           "Prasetyo/detikcom)",
           "Perahu wisata di Danau Toba, Kabupaten Samosir, Sumatera Utara. (Dok. Medan Kini)",
           "Petugas membersihkan material longsor di jalur lingkar selatan Cianjur. /Pikiran "
           "Rakyat/Dadang Sutisna",
           "Warga berkumpul di halaman kantor bupati setelah gempa. FOTO: SULTENG POST/MOH. "
           "IKBAL",
           // A photo label before a caption that has its own credit; BBC Indonesia's label.
           "Foto: Layar pergerakan indeks saham di gedung bursa, Jakarta. (CNBC Indonesia/Tri "
           "Susilo)",
           "Keterangan gambar, Petani menjemur biji kopi robusta di halaman rumah.",
           // The photographer before an outlet's name in capitals; a credit between hyphens.
           "Ilustrasi pedagang beras di Pasar Induk Beras Cipinang, Jakarta Timur. (Irfan "
           "Meidianto/VOI)",
           "Kepala Eksekutif Pengawas Perbankan OJK dalam konferensi pers di Jakarta.-Bianca "
           "Chairunisa-",
           "Ilustrasi uang rupiah pecahan seratus ribu di meja kasir.-Dok. Disway-",
           // The picture's source and "Photo" after the last full stop (Philippine outlets).
           "President Ferdinand Marcos Jr. inspects a flood control structure in Calumpit, "
           "Bulacan, on November 18, 2025. Malaca\xC3\xB1"
           "ang Photo",
           // A short caption: a phrase, then "Foto" and the picture's source.
           "Gambar hiasan. - Foto AFP",
           "Ilustrasi. Foto Pixabay.",
           // An outlet's photo in capitals in square brackets (Korean outlets' credit).
           "Visitors look at the new exhibition in central Seoul on Monday. [JOONGANG PHOTO]",
           "A post the ministry shared on Tuesday about the new rules. [SCREEN CAPTURE]",
       }) {
    EXPECT_TRUE(LooksLikeCaption(line)) << line;
  }
}

TEST(Captions, ProseIsNotACaption) {
  for (const char* line : {
           "Washington berulang kali menyerukan dimulainya kembali pembicaraan nuklir.",
           "\"Keadilan pasti menang,\" kata Kim dalam pesan yang dikutip Reuters.",
           "Kim Jong Un",
           // An agency tag and editor initials closing a paragraph are no photo credit.
           "Pemerintah akan mengumumkan hasilnya pekan depan, kata dia. (ANT/RIZ)",
           // Wire agencies alone in the tag: the story's sign-off ("(REUTERS/Name)" names a
           // photographer and is a credit, EndsWithPhotoCredit).
           "Gempa itu menewaskan 471 orang, serta kerusakan parah. (Antara/Reuters)",
           // A wire's name closing a story's paragraph: no one placed left or right.
           "The ministry said it would announce the plan next week. (Yonhap)",
           "The ministry said it would announce the plan next week. [UPDATED: see below]",
           // An illustration's phrase with a bracket that is no source.
           "Ilustrasi sedekah. (Lihat halaman 2)",
           "Ilustrasi penting bagi anak. (Baca juga: Cara Mendidik Anak)",
           // A short label with the credit is a placeholder, not a caption; a path is no credit.
           "Ilustrasi/Net",
           "Lihat foto. Foto Galeri",
           "Sumber: Kompas. Foto Dokumen",
           "Unduh dokumen lengkapnya di situs resmi kementerian.go.id/net",
           "Militer mengatakan hanya target teroris yang dihancurkan. [AFP/Reuters]",
           "Rapat dilanjutkan besok pagi. Foto: lihat galeri.",
           // A regional paper's sign-off: a reporter's code and the paper's name.
           "Musim tanam dijadwalkan mulai awal Desember sesuai kesepakatan. (Kmb/Balipost)",
           // A desk's sign-off: the agency, then the editor's initials.
           "\"Kami berharap masyarakat bisa berlibur,\" kata Menko PMK kepada wartawan. (AFP/kid)",
           "Film itu juga diputar di Atambua pekan lalu, ujar Riri. (ANTARA/les)",
           // The story's source, a wire.
           "\"Kami berharap masyarakat bisa berlibur,\" kata Menko PMK di Jakarta. (Sumber: "
           "Antara)",
           // India's time zone after "p.m.", not "istimewa".
           "The final will be shown live on Sunday at 7.30 p.m. IST",
           "Dia menunjukkan foto: itu palsu. Kami akan melapor ke polisi",
           // A paragraph closed by a bracketed editors' note or a bar is no credit.
           "The council will vote on the plan next week, officials said. (AP: updated)",
           "The minister said the plan was final | she added",
           // A wire credit closing a story paragraph credits the text, not a photo.
           "The state's public transport operator said fares would stay unchanged. - Bernama",
           "Harga minyak sawit dijangka stabil minggu depan. -- BERNAMA",
           // Editor initials before the outlet, a dash that closes no picture credit.
           "Pemerintah akan mengumumkan hasilnya pekan depan, kata dia. (jpc/JawaPos.com)",
           "Fares would stay unchanged, the operator said. - Bernama",
           "He said the line was busy. - I took a photo",
           // A photo story's headline after its "FOTO:" rubric.
           "FOTO: Menyusuri Kampung Warna-warni di Tepi Sungai Musi",
           "FOTO: Menyusuri Kampung Warna-warni di Tepi Sungai Musi - Palembang Kini",
       }) {
    EXPECT_FALSE(LooksLikeCaption(line)) << line;
  }
}

TEST(Captions, PhotoCreditAloneOnItsLine) {
  for (const char* line :
       {"(Image: Rina Hartono / Getty Images)", "Foto: ANTARA/Budi Candra", "Photo by Lorenzo Abad",
        "REUTERS/Ronen Zvulun", "AP Photo/Evan Vucci", "Al Goldis, Associated Press",
        "(Credit: iStock)", "[Foto: Dok. Pribadi]", "Foto oleh Dimas Ardiansyah",
        "  ANTARA FOTO/Basri Marzuki/nym  "}) {
    EXPECT_TRUE(IsPhotoCreditLine(line)) << line;
  }
  for (const char* line :
       {"Photos of the week", "Reuters", "By Jane Doe", "Sumber: Reuters",
        "Image: The house in which the poet was born, Austria",  // a caption, not a credit
        "Foto: Warga antre membeli minyak goreng di pasar tradisional Kramat Jati, Jakarta "
        "Timur, pada Senin pagi menjelang hari raya. ANTARA",  // too long for a credit alone
        "Jakarta, Reuters"}) {
    EXPECT_FALSE(IsPhotoCreditLine(line)) << line;
  }
}

TEST(Captions, ImagePlaceholders) {
  EXPECT_TRUE(IsImagePlaceholder("Image of Tempo"));
  EXPECT_TRUE(IsImagePlaceholder("image-gnews"));
  EXPECT_TRUE(IsImagePlaceholder("Perbesar"));
  EXPECT_TRUE(IsImagePlaceholder("[vw-id-space-vizzion-concept-27]"));
  EXPECT_FALSE(IsImagePlaceholder("Imagine a world without war."));
  // NPR's picture controls; a gallery's counter.
  for (const char* control : {"Enlarge this image", "hide caption", "toggle caption",
                              "Image 1 of 12", "Slide 3 of 8", "Foto 2 dari 8"}) {
    EXPECT_TRUE(IsImagePlaceholder(control)) << control;
  }
  EXPECT_FALSE(IsImagePlaceholder("Slide into the weekend with these recipes"));
  // A picture's file name or address, once or twice.
  EXPECT_TRUE(IsImagePlaceholder("airpods-pro-2.jpgairpods-pro-2.jpg"));
  EXPECT_TRUE(IsImagePlaceholder("note-10-plus.jpg note-10-plus.jpg"));
  EXPECT_TRUE(IsImagePlaceholder("https://static.example.com/image/5d1c-500-250/retire.JPG"));
  EXPECT_TRUE(IsImagePlaceholder("photos.example.com/gallery/33622-Keyboard-l.jpg]"));
  EXPECT_TRUE(IsImagePlaceholder("https://cdn.example.id/foto/banjir.webp?w=640&q=80"));
  EXPECT_FALSE(IsImagePlaceholder("See the full chart at example.com/chart.png for details"));
  EXPECT_FALSE(IsImagePlaceholder("https://www.example.com/2013/02/story.html"));
  EXPECT_FALSE(IsImagePlaceholder("Download the file report.pdf"));
}

// Credits of each form MayEndWithCredit looks for, and lines that only look close.
TEST(Captions, EachCreditFormThePrefilterAdmits) {
  for (const char* line : {
           "Suasana sidang di gedung DPR pada Selasa siang. Foto: Getty Images",
           "Petugas memeriksa kendaraan di gerbang tol. ANTARA FOTO",
           "Arsip foto kegiatan warga di balai desa pada 2019. Dok.",
           "Petugas memadamkan api di gudang pada Senin malam (Foto: Istimewa)",
           "Kim berjabat tangan dengan Putin di Vladivostok. KCNA via REUTERS",
           "Seorang pria melihat asap mengepul di Israel. REUTERS / Ronen Zvulun",
           "A person sitting on a bed in a dark room\xC2\xA9 Amazon",
           "Taylor Swift on stage in Tokyo Image copyright Getty Images",
           "The president at the Economic Club last week.Credit...Doug Mills/The New York Times",
           "Media captionWho is Julian Assange?",
           "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file",
           "Fans wait outside the stadium. The gates opened late (c) AFP",
           "The river at dawn. A man walks along the bank\xC2\xA9 Jane Doe",
           // After "via": a wire name whose last letters are not all capitals, "Dok." and ')'.
           "Warga antre bantuan di posko pengungsian lewat Getty Images",
           "Foto udara kawasan banjir di Semarang diambil via KOMPAS.com",
           "Gedung sekolah yang rusak diterjang banjir bandang (via Dok.)",
       }) {
    EXPECT_TRUE(LooksLikeCaption(line)) << line;
  }
  for (const char* line : {
           "Harga cabai naik 12/6/2023 di pasar induk kota menurut pedagang setempat.",
           "Ia mengatakan: harga naik. Pedagang mengeluh sejak awal bulan ini.",
           "Rapat dimulai pukul 10.00. Peserta datang dari berbagai daerah di Indonesia",
           "EU lawmakers pass the copyright reform after years of debate",
           "Credit card fees rise again as banks pass on costs",
           // A cue word of a credit with no credit after it.
           "Bantuan disalurkan melalui pemerintah daerah kepada warga terdampak banjir",
           "The package arrived via REUTERS couriers and was opened on Monday",
           "A photo of the scene (c) AFP. Police said the area was closed",
           // Names joined by slashes in a sentence are no outlet/photographer credit.
           "Ganda putra kalah. Marcus Gideon/Kevin Sanjaya sedangkan Hoki/Hirota tumbang di "
           "tangan Wang Yilyu/Huang Dongping (China).",
       }) {
    EXPECT_FALSE(LooksLikeCaption(line)) << line;
  }
}

TEST(Captions, ALabelBeforeTheCaptionIsNoPartOfIt) {
  EXPECT_EQ(WithoutCaptionLabel("Keterangan gambar, Kapal nelayan bersandar di Natuna."),
            "Kapal nelayan bersandar di Natuna.");
  EXPECT_EQ(WithoutCaptionLabel("Image caption Protesters gathered outside"),
            "Protesters gathered outside");
  EXPECT_EQ(WithoutCaptionLabel("Media captionWho is Julian Assange?"), "Who is Julian Assange?");
  EXPECT_EQ(WithoutCaptionLabel("Kapal nelayan bersandar di Natuna. (ANTARA)"),
            "Kapal nelayan bersandar di Natuna. (ANTARA)");
  EXPECT_EQ(WithoutCaptionLabel("Keterangan saksi berbeda-beda"), "Keterangan saksi berbeda-beda");
  EXPECT_EQ(WithoutCaptionLabel("Image captions are written by editors"),
            "Image captions are written by editors");
}

}  // namespace
}  // namespace kabar::extract
