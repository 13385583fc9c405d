#include "extract/boilerplate.h"

#include <gtest/gtest.h>

namespace kabar::extract {
namespace {

TEST(Boilerplate, KnownPhrasesAndTheirReasons) {
  struct Case {
    const char* line;
    const char* reason;
  };
  const Case cases[] = {
      {"Baca berita dengan sedikit iklan, klik di sini", "ad"},
      {"Iklan", "ad"},
      {"Konten Bersponsor", "ad"},
      {"Dapatkan update berita pilihan dan breaking news setiap hari dari Warta.com. Mari "
       "bergabung di Grup Telegram \"Warta.com News Update\", caranya klik link "
       "https://t.me/wartaupdate, kemudian join.",
       "footer"},
      {"Yuk, gabung saluran WhatsApp Kabar Timur untuk berita terkini.", "footer"},
      {"Dapatkan berita terbaru di WhatsApp Channel kami", "footer"},
      {"Ikuti berita terkini di Google News resmi Kabar Timur.", "footer"},
      {"Pilihan Redaksi", "related"},
      {"Recommended Videos", "related"},
      {"This article was produced with the assistance of AI and reviewed by an editor.",
       "metadata"},
      {"*Artikel ini dibuat dengan bantuan AI dan telah disunting oleh redaksi.", "metadata"},
      {"Ad loading...", "ad"},
      {"4 min", "navigation"},
      {"00:00 / 03:45", "navigation"},  // an audio player's clock
      {"0:00", "navigation"},
      {"Bagaimana reaksi Anda tentang artikel ini?", "comments"},
      {"How do you feel about this article?", "comments"},
      {"Lihat Foto", "image"},           // a picture's link over it
      {"Image: Getty Images", "image"},  // a picture's credit
      {"(Image: \u00a9 Jane Doe / Getty Images)", "image"},
      {"Also on The Daily Record:", "related"},
      {"Contact Jane Doe at jdoe@example.com.", "author-bio"},  // the writer's address
      {"Email the reporter at jdoe@example.com", "author-bio"},
      {"Artikel Lainnya:", "related"},
      {"Berita Menarik Lainnya", "related"},
      {"Getty Images", "image"},
      {"AFP via Getty Images", "image"},
      {"Shutterstock", "image"},
      {"Rekomendasi Redaksi", "related"},
      {"Muat turun aplikasi BERITA KINI di App Store dan Google Play untuk berita terkini.",
       "footer"},
      {"Enjoy unlimited access to exclusive stories and in-depth analysis.", "ad"},
      {"Lihat postingan ini di Instagram", "embed"},
      {"BERITA BERKAITAN", "related"},
      {"Sebuah kiriman dibagikan oleh Laras Ayunda (@larasayunda.official)", "embed"},
      {"A post shared by City Hall (@cityhall)", "embed"},
      {"A weekly round-up of the region's top stories, in your inbox every Monday.", "ad"},
      {"KONTEN SPONSOR", "ad"},
      {"Konten sponsor: PT Maju Jaya", "sponsor"},
      {"SIMAK JUGA - Di Tiongkok, Laga Batal Karena Konser Boyband", "related"},
      {"Lihat Juga | Banjir Rob Rendam Pantura", "related"},
      {"Baca: Harga Batu Bara Anjlok ke Level Terendah Empat Tahun", "related"},
      {"Lintas Pagi (c) 2025", "footer"},
      {"Hak Cipta \xC2\xA9 2025 Warta Priangan Timur", "footer"},
      {"Copyright @ 2025 detikcom. All right reserved", "footer"},
      {"Kabar Cakrawala \xC2\xA9 2025", "footer"},
      {"Read: Sea Level Rise Threatens 23 Million Indonesians, Study Finds", "related"},
      {"Advertisement", "ad"},
      {"- Advertisement -", "ad"},
      {"\xE2\x80\x94 Iklan \xE2\x80\x94", "ad"},
      {"*** ADVERTISEMENT ***", "ad"},
      {"(rk)", "metadata"},
      {"(Serambinews.com/Rizki Maulana)", "metadata"},
      {"(Tribunnews.com/Yohanes Liestyo/Garudea Prabawati)", "metadata"},
      {"Baca berita Serambinews.com lainnya di GOOGLE NEWS", "footer"},
      {"Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI "
       "di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
       "footer"},
      {"Dilarang mengutip sebagian atau seluruh isi berita ini tanpa izin redaksi.", "footer"},
      {"Related news: Govt expects rice harvest to rise after late rains", "related"},
      {"Baca JugaHarga Tiket Pesawat Lebaran Turun 13 Persen", "related"},
      {"Artikel-artikel yang direkomendasikan", "related"},
      {"SCROLL TO RESUME CONTENT", "navigation"},
      {"Halaman: 1 2 Selanjutnya Tampilkan Semua", "navigation"},
      {"Subscribe to The Star Plus to continue reading.", "ad"},
      {"*) Penulis adalah dosen Fakultas Pertanian Universitas Andalas, Padang.", "author-bio"},
      {"The writer is a researcher at the Centre for Strategic Studies.", "author-bio"},
      {"Isi tulisan sepenuhnya menjadi tanggung jawab penulis dan tidak mewakili redaksi.",
       "footer"},
      {"Disclaimer: Isi artikel menjadi tanggung jawab sepenuhnya penulis, bukan redaksi.",
       "footer"},
      {"Konten ini sepenuhnya tanggung jawab pengirim.", "footer"},
      {"Bagaimana reaksi Anda?", "comments"},
      {"Konten berikut adalah iklan platform MGID. Redaksi tidak terkait dengan pembuatan "
       "konten ini.",
       "ad"},
      {"The views expressed are the author's own.", "footer"},
      {"Opinions expressed by Forbes Contributors are their own.", "footer"},
      {"Tulisan di Kolom adalah opini pribadi penulis dan tidak mencerminkan pandangan redaksi "
       "Kompas.com.",
       "footer"},
      {"Isi artikel ini tidak mencerminkan sikap redaksi.", "footer"},
      {"Like what you are reading? Subscribe for full access to our analysis.", "ad"},
      {"Like this article? SIGN UP for our newsletter", "ad"},
      {"Suka dengan artikel ini? Berlangganan untuk membaca semuanya.", "ad"},
      {"Tentang Cek Fakta Liputan6.com", "footer"},
      {"About Kompas.com", "footer"},
      {"Download aplikasi detikcom sekarang juga, gratis!", "footer"},
      {"Klik di sini untuk mendapatkan update berita terkini", "ad"},
      {"Click here to read the full report.", "ad"},
      {"Baca berita lengkapnya di sini", "related"},
      {"Simak artikel selengkapnya berikut ini:", "related"},
      {"Have an opinion on this piece? Email us a letter of up to 300 words.", "footer"},
      {"Rilis ini merupakan kerja sama Sriwijaya Ekonomi dengan Bank Sumsel Babel.", "sponsor"},
      {"Konten ini merupakan kerjasama dengan pemerintah daerah. Isi di luar tanggung jawab "
       "redaksi.",
       "sponsor"},
      {"Scroll Untuk Melanjutkan", "navigation"},
      {"SCROLL TO CONTINUE WITH CONTENT", "navigation"},
      {"Scroll Down to Continue", "navigation"},
      {"Lupa Kata Sandi? Klik di Sini", "login"},
      {"Belum Memiliki Akun Daftar di Sini", "login"},
      {"Konfirmasi Email", "login"},
      {"Forgot your password?", "login"},
      {"Baca Juga: Putin Tiba di Korea Utara", "related"},
      {"Baca juga:", "related"},
      {"Pilihan Editor: AS Akui Khawatirkan Hubungan", "related"},
      {"Rekomendasi Artikel", "related"},
      {"Berita Terkait", "related"},
      // The same furniture in the other languages of world news.
      {"Publicidad", "ad"},
      {"PUBLICIDADE", "ad"},
      {"Anzeige", "ad"},
      {"Qu\u1ea3ng c\u00e1o", "ad"},
      {"\u0625\u0639\u0644\u0627\u0646", "ad"},
      {"Recibe cada ma\u00f1ana en tu correo las noticias m\u00e1s importantes de la "
       "econom\u00eda.",
       "ad"},
      {"M\u00e1s informaci\u00f3n", "related"},
      {"LEIA TAMB\u00c9M:", "related"},
      {"Lire aussi | Cantines : la loi EGalim toujours loin de ses objectifs", "related"},
      {"Mehr zum Thema", "related"},
      {"Tin li\u00ean quan", "related"},
      {"\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627", "related"},
      {"end of list", "navigation"},
      {"V\u00cdDEOS: mais assistidos do g1 SP", "footer"},
      {"Read more", "related"},
      {"Related Articles", "related"},
      {"Simak juga Video 'Prabowo di Sidang Kabinet'", "related"},
      {"Konten sponsor pada widget ini merupakan konten yang dibuat pihak ketiga.", "sponsor"},
      {"Sponsored", "sponsor"},
      {"Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
       "comment-policy"},
      {"12 Comments", "comments"},
      {"#beritaterbaru #beritaterkini #politik", "hashtag"},
      {"Unduh aplikasi Tempo", "footer"},
      {"download tempo from appstoredownload tempo from playstore", "footer"},
      {"Ikuti Media Sosial Kami", "footer"},
      {"Dapatkan update berita pilihan di Google News dan Telegram", "footer"},
      {"Dapatkan berita pilihan dan terbaru setiap hari dari Pikiran-Rakyat.com. Informasi "
       "terbaru juga bisa diakses melalui Google News.",
       "footer"},
      {"\xC2\xA9 2024 Tempo - Hak Cipta Dilindungi Hukum", "footer"},
      {"Copyright 2019 SlashGear, All Rights Reserved.", "footer"},
      {"> >", "navigation"},
      {"Halaman 1/2 Selanjutnya", "navigation"},
      // A mobile page's "read more" button: the rest of the story follows it, so it is a
      // control, not the heading of a related list (which ends the story).
      {"Baca Selengkapnya", "navigation"},
      // Form controls as a text dump prints them, with their labels.
      {"[ ]Sign up", "navigation"},
      {"[                    ] [Search]", "navigation"},
      {"( ) Ya, akan tembus( ) Tidak, masih tertahanPilih", "navigation"},
      {"Baca selengkapnya: Harga Beras Naik di Pasar Induk", "related"},
      {"Halaman: 2 dari 3", "navigation"},
      {"(adp/whn)", "metadata"},  // editors' initials closing a story
      {"(lna / dmi/rds)", "metadata"},
      // Patterns that may match from any opening words (run only when their keywords occur).
      {"Harian Nusantara 2024. Semua isi ALL RIGHTS RESERVED", "footer"},
      {"PT Kabar Media, hak cipta dilindungi undang-undang", "footer"},
      {"Baca di mana saja: unduh di App Store atau Google Play", "footer"},
      {"Get the news: Download the app from Google Play", "footer"},
      {"Share this article", "share"},
      {"Promo spesial hari ini, klik di sini", "ad"},
      {"Info lengkap jadwal KRL, KLIK DISINI", "ad"},
      {"For the full list of winners, click here", "ad"},
      {"Ikuti Grid.ID di Google News dan dapatkan update berita terbaru setiap hari.", "footer"},
      {"Join ST's WhatsApp Channel and get the latest news and must-reads.", "footer"},
      {"Gabung ke saluran WhatsApp Kabar Harian untuk berita pilihan.", "footer"},
      {"Get WhatsApp alerts from CNA on the latest news and breaking stories. Join now", "footer"},
      {"Get the latest news on ST's WhatsApp Channel.", "footer"},
      // English-language sites' newsletter boxes, widgets, paywalls and notes (round eight).
      {"Sign up for Guardian Australia's breaking news email", "ad"},
      {"after newsletter promotion", "ad"},
      {"Privacy Notice: Newsletters may contain info about charities, online ads, and content "
       "funded by outside parties.",
       "ad"},
      {"Your information is being handled in accordance with the ABC Privacy Collection "
       "Statement.",
       "ad"},
      {"Get unlimited access to all articles, the Nikkei Asia app and newsletters.", "ad"},
      {"Loading...", "embed"},
      {"list 1 of 3", "navigation"},
      {"Read Next", "related"},
      {"Do you like the content of this article?", "comments"},
      {"Disclaimer: Comments do not represent the views of INQUIRER.net.", "comment-policy"},
      {"Associated Press writer Nattapong Srisuk in Bangkok contributed to this report.",
       "metadata"},
      // A promo closed by its call to subscribe or to sign up.
      {"Dapatkan analisis dan data pasar terlengkap di Kontan Plus. Langganan sekarang", "ad"},
      {"Get our briefing in your inbox every morning. Subscribe now.", "ad"},
      {"Promo! Kuliah dengan beasiswa penuh di kampus pilihan, daftar sekarang di sini", "ad"},
      // Newsletter boxes and their consent lines, paywall prompts (text round 7).
      {"Stay updated. Get the top stories delivered to your inbox every morning. Subscribe to "
       "our newsletters",
       "ad"},
      {"Get the best of our Asia coverage in your inbox every week. Sign up", "ad"},
      {"Dapatkan berita terbaru langsung di email Anda setiap pagi.", "ad"},
      {"By registering, you agree to our T&C and Privacy Policy", "ad"},
      {"Already a subscriber? Log in", "login"},
      {"View plans", "ad"},
      {"Support independent journalism", "ad"},
      // A paywall where the text stops, and its offer with the site's domain (text round 15).
      {"Artikel ini khusus untuk pelanggan.", "ad"},
      {"Konten Premium", "ad"},
      {"This article is for subscribers only", "ad"},
      {"Dapatkan akses tak terbatas ke seluruh artikel Kompas.id.", "ad"},
      // An academic writer's disclosure and funding notes (The Conversation's editions).
      {"Disclosure statement", "author-bio"},
      {"Jane Doe does not work for, consult, own shares in or receive funding from any company "
       "or organisation that would benefit from this article, and has disclosed no relevant "
       "affiliations beyond their academic appointment.",
       "author-bio"},
      {"Rina Oktaviani tidak bekerja, menjadi konsultan, memiliki saham, atau menerima dana dari "
       "perusahaan atau organisasi mana pun yang akan mengambil untung dari artikel ini.",
       "author-bio"},
      {"Monash University provides funding as a founding partner of The Conversation AU.",
       "author-bio"},
      {"Universitas Gadjah Mada menyediakan pendanaan sebagai anggota The Conversation ID.",
       "author-bio"},
      // A related label glued to its headline (an image's name between), a channel's promotion,
      // a share bar and an audio player on one line.
      {"Read moreSingapore's data centre curbs push investors to Johor and Batam", "related"},
      {"Must Read[uhc]Five years after the health care law, families still pay", "related"},
      {"Saksikan live streaming program-program BTV di sini", "related"},
      {"Jangan Sampai Ketinggalan Video Pilihan Redaksi ini:", "related"},
      {"Bookmark WhatsApp Telegram Facebook Twitter Email", "share"},
      {"Listen to this article2 min", "navigation"},
      {"This audio is generated automatically. Let us know if you have feedback.", "navigation"},
      {"Putar audio", "navigation"},
      {"Ukuran teks: A A A", "navigation"},
      {"Font size A- A+", "navigation"},
      // A sponsor's disclaimer, labelled or closing with the newsroom's own.
      {"Disclaimer: Artikel ini merupakan kerja sama Berita Kita dengan Bank Contoh.", "sponsor"},
      {"Isi di luar tanggung jawab redaksi.", "sponsor"},
      {"(Isi di luar tanggungjawab redaksi)", "sponsor"},
      // Ad slots and their prompts, a paywall's promo, a comment box's login prompt.
      {"Laporkan iklan", "ad"},
      {"Report this ad", "ad"},
      {"Konten Berbayar", "ad"},
      {"Lanjut baca di bawah ini", "ad"},
      {"Gratis! Langganan newsletter Berita Kita setiap pagi.", "ad"},
      {"Silakan login untuk berkomentar", "login"},
      {"Please sign in to comment.", "login"},
      {"Pastikan Anda sudah install aplikasi WhatsApp ya.", "footer"},
      // An article's own controls, an affiliate disclosure, a call for tips, a picture's credit.
      {"Click to expand", "navigation"},
      {"Buka di aplikasi", "navigation"},
      {"Simpan artikel", "navigation"},
      {"Report an error", "navigation"},
      {"Supported by", "ad"},
      {"Advertisement - Scroll to continue", "ad"},
      {"We may earn a commission from links on this page.", "ad"},
      {"Have a tip? Contact us at tips@example.com.", "footer"},
      {"Do you have a story to share? Get in touch.", "footer"},
      {"Punya informasi menarik? Kirim ke redaksi@contoh.id", "footer"},
      {"Our Standards: The Thomson Reuters Trust Principles.", "footer"},
      {"Image source, Getty Images", "image"},
      // Cookie notices.
      {"Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan "
       "melanjutkan, Anda menyetujui kebijakan privasi kami.",
       "cookie"},
      {"This website uses cookies to improve your experience.", "cookie"},
      {"By using this site, you agree to our use of cookies.", "cookie"},
      {"Accept all cookies", "cookie"},
      // A prompt to allow notifications that names the news they bring.
      {"Aktifkan notifikasi untuk mendapatkan berita terbaru langsung di perangkat Anda.",
       "navigation"},
      {"Turn on notifications to get breaking news alerts.", "navigation"},
      // A helpfulness poll.
      {"Apakah artikel ini bermanfaat?", "comments"},
      {"Was this article helpful?", "comments"},
      // An advertiser's box's note.
      {"Konten di bawah ini disajikan oleh advertiser. Jurnalis Warta tidak terlibat dalam "
       "materi konten ini.",
       "sponsor"},
      {"This content is sponsored by our advertiser.", "sponsor"},
      // A paywall's notice with its call after it; a newsletter's box in Indonesian.
      {"Artikel ini khusus untuk pelanggan. Berlangganan sekarang untuk membaca selengkapnya.",
       "ad"},
      {"This article is for subscribers only. Subscribe now to continue reading.", "ad"},
      {"Dapatkan ringkasan berita pilihan setiap pagi langsung di kotak masuk Anda.", "ad"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(BoilerplateReason(c.line), c.reason) << c.line;
  }
}

TEST(Boilerplate, ArticleSentencesAreNot) {
  for (const char* line : {
           "Kerja sama militer kedua negara diyakini melibatkan pertukaran amunisi.",
           "Hak cipta atas lagu itu kini dipegang oleh label rekaman.",
           "Copyright law is changing fast, the judge said.",
           "Iklan rokok dilarang tayang di televisi sebelum pukul 21.30.",
           "Topik ini ramai dibicarakan warganet sejak Senin.",
           "Baca berita lengkapnya, kata dia, di laporan tahunan.",
           "Related issues were discussed at the summit in Geneva.",
           "Contact tracing at the school began on Monday, officials said.",
           // A story about machine-written text, not the outlet's note on its own.
           "The article was written by a reporter who tested the AI tool for a week.",
           "Artikel ini membahas cara kerja AI di ruang redaksi.",
           "Warga bisa unduh formulir di laman resmi. App Store juga menyediakannya",
           "(AP/AFP)",         // a wire credit, read by agencies.cc
           "- Advertisement",  // decoration on one side only
           "- Warga menolak iklan rokok di sekolah -",
           "(Rudi)",  // a name, not lower-case initials
           "Baca berita itu di Telegram, kata dia, warga langsung panik.",
           "Halaman 12 koran itu memuat foto kebakaran.",
           "Warga bergabung dalam grup WhatsApp RT untuk memantau banjir.",
           "Get ready, the organisers told members on WhatsApp before the march.",
           "Klik di sini, kata dia. Warga lalu mendaftar lewat aplikasi.",
           "Users who click here and there on the site are tracked, the report said.",
           "Warga yang belum terdaftar di sini diminta melapor ke kelurahan.",
           "Jumlah pelanggan turun. Langganan televisi kabel kini kalah dari layanan streaming.",
           // Stories about cookies, notifications and sponsors.
           "Kami menggunakan data itu untuk memetakan daerah rawan banjir, kata dia.",
           "Regulators said the sites use cookies to track readers without consent.",
           "Aktifkan notifikasi di menu pengaturan agar aplikasi tidak terlewat, kata dia.",
           "Apakah artikel ini akan dicabut? Redaksi belum memutuskan.",
           "This content is the subject of a lawsuit filed on Monday.",
           "Ringkasan laporan itu dibacakan di depan sidang paripurna DPRD.",
           "(Foto: Kompas.com)",  // a photo credit, no sign-off
           "Dilarang mengambil foto tanpa izin, kata petugas, karena area itu steril.",
           "\"Dilarang mengambil konten kami tanpa izin,\" kata Ketua Dewan Pers.",
           "Baca berita Kompas.com soal banjir, warga langsung panik.",
           "Simak juga penjelasan gubernur soal anggaran banjir tahun ini.",
           "Konten bersponsor kini wajib diberi label, kata Dewan Pers.",
           "\"Mari bergabung di grup Telegram kami,\" tulis akun itu kepada para korbannya.",
           "Pelaku mengajak korban bergabung di grup Telegram berisi tawaran kerja palsu.",
           "Muat turun aplikasi itu kini diwajibkan bagi semua pelawat ke pusat beli-belah.",
           "A post shared by the ministry on Monday drew thousands of replies.",
           "The weekly market report lands in your inbox less often than investors would like, "
           "analysts said, and the daily one is late.",
           "Stay calm, the police told residents as the water rose.",
           "Read more carefully, the teacher told the class.",
           "Facebook and Twitter were fined by the regulator on Monday.",
           "Listen to the people, the minister said.",
           "Artikel ini khusus membahas dampak banjir bagi petani di Demak.",
           "This article is for readers who want the figures behind the budget.",
           // An opinion named as someone's own, not the outlet's disclaimer; a domain talked
           // about in a story's sentence.
           "Isi pernyataan itu, kata dia, merupakan pendapat pribadi dan bukan sikap partai.",
           "The views expressed by the minister are his own, a spokesman said on Monday.",
           "Like the first report, this one was never published.",
           "About 300 residents of Kompas.com's neighbourhood joined the clean-up.",
           "Klik di sini, kata petugas itu, lalu warga diminta mengisi formulir.",
           "Silakan login ke akun SSCASN untuk mengunggah berkas lamaran.",
           "Warga diminta lanjut membaca petunjuk di bawah meja loket.",
           "Ukuran teks pada papan itu terlalu kecil, kata warga.",
           "Pastikan Anda sudah install aplikasi PeduliLindungi sebelum berangkat.",
           "Have a look at the figures, the minister said on Monday.",
           "Do you have a plan? the reporter asked, and the minister laughed.",
           "Punya cerita soal banjir? Warga diminta datang ke posko terdekat.",
           "We may earn more this year, the chief executive told shareholders.",
           "Polisi menyebut pengelolaan lahan itu di luar tanggung jawab redaksi majalah.",
           "Konten berikut adalah hasil wawancara dengan kepala desa.",
           "Bagaimana perasaan Anda?",
           "Isi laporan itu menjadi tanggung jawab penulisnya, kata dia.",
       }) {
    EXPECT_EQ(BoilerplateReason(line), "") << line;
  }
}

TEST(Boilerplate, ArticleEndsAndTeaserTimes) {
  EXPECT_TRUE(EndsArticle("Rekomendasi Artikel"));
  EXPECT_TRUE(EndsArticle("Berita Terkait"));
  EXPECT_FALSE(EndsArticle("Baca Juga: Putin Tiba di Korea Utara"));
  EXPECT_FALSE(EndsArticle("Iklan"));
  EXPECT_FALSE(EndsArticle("Konten Bersponsor"));  // an ad slot's label inside the story
  // A post's buttons alone (an embedded tweet's "Report" inside the story) end nothing; the
  // comments' prompts do.
  for (const char* button : {"Report", "Reply", "Like", "Balas", "12 likes"}) {
    EXPECT_EQ(BoilerplateReason(button), "navigation") << button;
    EXPECT_FALSE(EndsArticle(button)) << button;
  }
  EXPECT_TRUE(EndsArticle("Be the first to comment"));
  EXPECT_TRUE(IsTeaserHeading("RELATED:"));  // its headline on the next line
  EXPECT_FALSE(IsTeaserHeading("Related"));
  EXPECT_TRUE(IsTeaserHeading("Artikel Lainnya:"));
  EXPECT_TRUE(IsTeaserHeading("Editor's Pick:"));
  EXPECT_FALSE(IsTeaserHeading("Artikel Lainnya"));
  EXPECT_TRUE(IsTeaserHeading("Also on The Daily Record:"));
  EXPECT_FALSE(EndsArticle("Also on The Daily Record:"));
  // A caption after the label is no credit.
  EXPECT_EQ(
      BoilerplateReason("Image: The mayor speaks to reporters outside the city hall on Monday"),
      "");
  // A time alone is the publication's, not a player's clock.
  EXPECT_EQ(BoilerplateReason("10:12"), "");
  EXPECT_EQ(BoilerplateReason("00:00 WIB"), "");
  EXPECT_TRUE(IsRelativeTimeLine("6 jam lalu"));
  EXPECT_TRUE(IsRelativeTimeLine("2 hours ago"));
  EXPECT_TRUE(IsRelativeTimeLine("kemarin"));
  EXPECT_FALSE(IsRelativeTimeLine("6 jam lalu ia pergi ke pasar"));
}

}  // namespace
}  // namespace kabar::extract
