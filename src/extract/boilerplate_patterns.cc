// The boilerplate phrase list: the lines that are never article text on an Indonesian or
// English news site, whatever the site, each pattern with its removal reason (see
// boilerplate.h, which matches them).
#include "extract/boilerplate_patterns.h"

#include <iterator>

namespace kabar::extract {
namespace {

// Order matters only where two reasons could match: earlier wins.
constexpr BoilerplatePattern kPatterns[] = {
    // --- login, registration, password and e-mail confirmation dialogs ---
    {"login", "lupa (?:kata sandi|password|sandi)\\??.*"},
    {"login",
     "(?:atau )?(?:masuk|login|daftar|register) (?:melalui|lewat|dengan|via|di sini|"
     "sekarang|untuk .*)"},
    {"login", "(?:belum|sudah|tidak) (?:memiliki|punya) akun\\??.*"},
    {"login", "konfirmasi (?:e-?mail|akun)"},
    {"login", "kami (?:telah|sudah) mengirim(?:kan)? (?:link|tautan|kode|email).*"},
    {"login", "klik (?:link|tautan) (?:aktivasi|verifikasi).*"},
    {"login", "(?:jika|bila) anda (?:tidak|belum) menerima (?:e-?mail|kode).*"},
    {"login", "kirim(?:kan)? (?:lagi|ulang)(?: sekarang)?"},
    {"login",
     "(?:masuk|daftar|login|log in|log out|logout|sign in|sign up|sign out|register|"
     "keluar|masuk/daftar|login/register|sign in/sign up|my account|akun saya)"},
    {"login", "forgot (?:your )?(?:password|username)\\??.*"},
    // "Silakan login untuk berkomentar", "Please sign in to comment".
    {"login",
     "(?:silakan|silahkan|harap|please) (?:login|masuk|log in|sign in|daftar) (?:untuk|to) "
     "(?:berkomentar|komentar|memberi(?:kan)? komentar|comment|post a comment|reply|membalas)"
     "\\b[^.!?]*[.!]?"},
    {"login", "(?:already|don'?t|do not) have an account\\??.*"},
    // A paywall's prompt to subscribers: "Already a subscriber? Log in", "Sudah berlangganan?".
    {"login",
     "(?:already an? (?:subscriber|member)|sudah (?:berlangganan|menjadi pelanggan))\\??.*"},
    {"login", "(?:create|buat) (?:an? |your |new )?(?:account|akun)(?: baru)?[^.!?]*"},
    {"login", "(?:reset|ubah|ganti) (?:password|kata sandi)"},
    {"login",
     "(?:kata sandi|password|e-?mail|username|nama pengguna|remember me|ingat saya|"
     "alamat e-?mail)\\s*:?\\*?"},
    {"login", "(?:verifikasi|verify) (?:e-?mail|akun|your (?:email|account)).*"},
    {"login", "masukkan (?:e-?mail|alamat e-?mail|kata sandi|password).*"},
    // --- ads and subscription prompts ---
    // An ad slot's label alone, "Konten Bersponsor" included: removed, it does not end the
    // article as a sponsor notice after it does.
    {"ad",
     "(?:iklan|advertisement|advertisment|advertising|ads|ad|adv|\\[ad\\]|ad choices|"
     "adchoices|ad feedback|sponsored ad|iklan - scroll untuk melanjutkan|supported by|"
     "advertisement - scroll to continue(?: reading)?|"
     "konten (?:ber)?sponsor|konten berbayar|"
     // The ad slot's label in the other languages of the region's and the world's news:
     // Spanish, Portuguese, French, German, Vietnamese, Arabic.
     "publicidad|publicidade|publicit\u00e9|anzeige|werbung|qu\u1ea3ng c\u00e1o|"
     "\u0625\u0639\u0644\u0627\u0646)"},
    {"ad", "baca berita (?:dengan sedikit|tanpa) iklan.*"},
    // "Konten berikut adalah iklan platform X. Redaksi tidak terkait dengan pembuatan konten
    // ini.": the label over an ad network's box, which may sit between paragraphs.
    {"ad",
     "(?:konten|artikel|tulisan|berita) (?:di bawah ini|berikut(?: ini)?) (?:adalah|merupakan) "
     "(?:iklan|konten (?:ber)?sponsor)\\b.*"},
    // An affiliate disclosure: "We may earn a commission from links on this page."
    {"ad",
     "(?:we|kami) (?:may|might|can|could|dapat|mungkin) (?:earn|receive|get|mendapat(?:kan)?) "
     "(?:a |an )?(?:commission|compensation|affiliate|komisi)[^.!?]*[.!]?|"
     "this (?:article|post|page|story) (?:contains|may contain|includes) affiliate links[^.!?]*"
     "[.!]?"},
    {"ad", "(?:tutup|close|skip|laporkan|report) (?:iklan|(?:this )?ad|ads)"},
    // An ad slot still loading when the page was saved: "Ad loading...", "Memuat iklan...".
    {"ad",
     "(?:ad|ads|advertisement) (?:loading|is loading)(?:\\.\\.\\.|\u2026)?|"
     "memuat iklan(?:\\.\\.\\.|\u2026)?"},
    {"ad", "(?:story|article|content|text) continues (?:below|after).*"},
    {"ad", "(?:continue reading|lanjutkan membaca)(?: below| the main story)?[^.!?]*"},
    // "Lanjut baca di bawah ini", "Lanjutkan membaca artikel di bawah": the ad slot's prompt.
    {"ad",
     "(?:lanjut(?:kan)?|teruskan) (?:baca|membaca)(?: (?:artikel|berita))? (?:di )?bawah"
     "(?: ini)?[.:]?"},
    {"ad",
     "(?:(?:gratis|free)\\s*[!:,.]?\\s*)?(?:berlangganan|langganan|subscribe)"
     "(?: sekarang| now| today| here)?[^.!?]*[.!]?"},
    // A promo closed by its call to subscribe: "Dapatkan analisis ... di Kontan Plus. Langganan
    // sekarang", "... every morning. Subscribe now".
    // (The closing words' s and k are ASCII only, as EndsWithPromoCall looks for them.)
    {"ad",
     ".*[.!?]\\s+(?:berlangganan|langganan|subscribe) "
     "(?:(?-i:[Ss])e(?-i:[Kk])arang|now|today)[.!]?"},
    {"ad", "(?:sign up|daftar) (?:for|to|untuk) (?:our|the|newsletter|buletin).*"},
    // A paywall's appeal in the text: "Like what you're reading? Subscribe for full access.",
    // "Enjoying this article? ...", "Suka dengan artikel ini? Berlangganan ...".
    {"ad",
     "(?:like|liked|enjoying|enjoyed|suka(?: dengan)?|menikmati) (?:what you(?:'re| are) "
     "reading|this (?:article|story|piece)|(?:artikel|tulisan|berita) ini)\\?\\s.*"},
    // "Sign up for Guardian Australia's breaking news email": a newsletter by its name; its
    // notices ("Privacy Notice: Newsletters may contain info about charities, ...", "Your
    // information is being handled in accordance with the ABC Privacy Collection Statement.")
    // and the mark a text dump leaves after its box ("after newsletter promotion").
    {"ad", "sign up (?:for|to) [^.!?]* (?:newsletter|e-?mail|email|bulletin|briefing)s?"},
    {"ad",
     "(?:privacy notice: )?newsletters may contain .*|after newsletter promotion|"
     "your (?:information|data|details) (?:is|are|will be) (?:being )?(?:handled|used|"
     "processed) in accordance with .*"},
    // A newsletter box: "Stay updated. Get the top stories delivered to your inbox ...", "Get
    // the best of our Asia coverage in your inbox every week. Sign up", "Dapatkan berita pilihan
    // langsung di inbox Anda"; its consent line "By registering, you agree to our T&C ...".
    {"ad",
     "(?:stay (?:updated|informed)\\b.*|(?:get|receive|dapatkan) .*\\b(?:in|to|into|di|ke) "
     "(?:your inbox|your email|inbox anda|email anda|kotak masuk|surel anda)\\b.*)"},
    {"ad",
     "(?:by (?:registering|signing up|subscribing|submitting|continuing)|dengan (?:mendaftar|"
     "berlangganan)),? (?:you (?:agree|accept|consent)|anda (?:menyetujui|setuju)).*"},
    // A paywall's plans and appeals: "View plans", "Support independent journalism".
    {"ad", "(?:view|see|lihat) (?:all |our )?(?:plans|subscription plans|paket(?: langganan)?)"},
    {"ad", "support (?:independent|quality|our|local) journalism.*"},
    // "Recibe cada mañana en tu correo las noticias ...", "Receba no seu e-mail ...", "Recevez
    // notre newsletter ...": the imperative of a newsletter box in Spanish, Portuguese, French
    // and German, with the word for e-mail or newsletter.
    {"ad",
     "(?:recibe|receba|recevez|erhalten sie|abonnieren sie)\\b[^.!?]*"
     "(?:correo|e-?mail|newsletter|bolet\u00edn|inbox|postfach|courriel)[^.!?]*[.!]?"},
    {"ad",
     "(?:get|dapatkan) (?:unlimited|akses|the latest|our)[^.!?]*(?:access|akses|"
     "newsletter|berita|news)[^.!?]*"},
    // "Dapatkan akses tak terbatas ke seluruh artikel Kompas.id." (a domain's dot inside)
    {"ad",
     "(?:dapatkan|nikmati|get|enjoy) (?:akses|access) (?:tak terbatas|tanpa batas|penuh|"
     "unlimited|full)\\b(?:[^.!?]|\\.\\w)*[.!]?"},
    // A paywall's label over the cut: "Konten Premium", "Premium content", "Artikel premium".
    {"ad", "(?:konten|artikel|berita) premium|premium (?:content|article|story)"},
    // A paywall's notice where the text stops: "Artikel ini khusus untuk pelanggan.", "This
    // article is for subscribers only", "Konten ini hanya untuk anggota".
    {"ad",
     "(?:artikel|berita|konten|tulisan) ini (?:khusus|hanya|eksklusif) (?:untuk|bagi) "
     "(?:pelanggan|pembaca premium|anggota|member|subscriber)[^.!?]*(?:[.!](?:\\s.*)?)?|"
     "this (?:article|story|content) is (?:only )?(?:for|available (?:only )?to|exclusive to|"
     "reserved for) (?:paying )?(?:subscribers|members)(?: only)?(?:[.!](?:\\s.*)?)?"},
    // "Enjoy unlimited access to exclusive stories and in-depth analysis."
    // "Get unlimited access to all articles, the Nikkei Asia app and newsletters."
    {"ad", "(?:enjoy|nikmati|get) (?:unlimited|full|akses)[^.!?]*(?:access|akses)[^.!?]*[.!]?"},
    // A newsletter's description: "A weekly round-up of the region's top stories, in your
    // inbox every Monday."
    {"ad",
     "(?:a |our )?(?:daily|weekly|monthly|morning|evening|nightly) (?:round-?up|digest|"
     "briefing|newsletter|e-?mail|update|summary)\\b[^.!?]*\\bin your inbox\\b[^.!?]*[.!]?"},
    // An embedded Instagram post as a text shows it: "View this post on Instagram", "A post
    // shared by Name (@handle)"; in Indonesian "Lihat postingan ini di Instagram", "Sebuah
    // kiriman dibagikan oleh Name (@handle)".
    {"embed",
     "(?:view this post on instagram|lihat (?:postingan|kiriman) ini di instagram|"
     "(?:a post shared by|sebuah kiriman dibagikan oleh) [^()]*\\(@[\\w.]+\\))"},
    // A widget's placeholder as a text dump catches it: "Loading...".
    {"embed", "loading(?:\\.\\.\\.|\u2026)?"},
    // --- navigation ---
    {"navigation",
     "(?:scroll|gulir) (?:down )?(?:untuk|to|ke bawah untuk) (?:melanjutkan|lanjut|"
     "continue|resume|membaca).*"},
    {"navigation",
     "(?:beranda|home|homepage|menu|search|cari|pencarian|navigasi|navigation|"
     "toggle navigation|skip to (?:main )?content|loncat ke konten|close|tutup|"
     "back|kembali|next|previous|prev|selanjutnya|sebelumnya|berikutnya|more|"
     "load more|muat lebih banyak|show more|tampilkan lebih banyak|lihat semua|"
     "see all|view all|lihat selengkapnya|baca selengkapnya|indeks|index|indeks berita|"
     "(?:start|end) of list|list of \\d+ items|list \\d+ of \\d+)"},
    // An article's own controls: "Click to expand", "Open in app", "Simpan artikel".
    {"navigation",
     "(?:click|tap|klik) (?:to|untuk) (?:expand|enlarge|memperbesar)|"
     "(?:open|buka) (?:in|di) (?:the )?(?:app|aplikasi)|"
     "(?:enable|turn on|aktifkan) (?:notifications?|notifikasi)|"
     // The prompt to allow them, when it names the news it brings: "Aktifkan notifikasi untuk
     // mendapatkan berita terbaru ...", "Turn on notifications to get breaking news alerts".
     "(?:enable|turn on|aktifkan|nyalakan|izinkan|allow) (?:push )?(?:notifications?|notifikasi)"
     "\\b[^.!?]*\\b(?:berita|news|artikel|articles?|stories|updates?|alerts?|informasi|kabar)\\b.*|"
     "(?:report an? (?:error|typo|correction)|laporkan (?:kesalahan|koreksi))|"
     "(?:save|simpan|bookmark) (?:this )?(?:article|artikel|story|berita)(?: ini)?|"
     "(?:gift|hadiahkan) (?:this )?(?:article|artikel|story)(?: ini)?"},
    {"navigation",
     "(?:halaman|page):? (?:selanjutnya|berikutnya|sebelumnya|next|previous|"
     "\\d+(?:\\s*(?:dari|of|/)\\s*\\d+)?)(?: (?:selanjutnya|berikutnya|next|»|›))?"},
    {"navigation",
     "(?:next|previous|berita|artikel) (?:page|article|story|post|selanjutnya|"
     "sebelumnya)"},
    // A form control as a text dump prints it: a text box or check box "[    ]", a radio
    // button "( )", then its label ("[ ]Sign up", "( ) Setuju").
    {"navigation", "(?:\\[ +\\]|\\( \\))\\s*\\S.*"},
    {"navigation", "[\\s<>»«›‹|/\\\\·•>_=~*+-]+"},
    {"navigation", "\\d+(?:\\s+\\d+)+(?:\\s*(?:next|selanjutnya|»|›|>))?"},
    // A reader's text size control: "Ukuran teks: A A A", "Font size A- A+".
    {"navigation",
     "(?:ukuran (?:teks|huruf|font)|text size|font size)(?:\\s*:)?"
     "(?:\\s*(?:a|a\\+|a-|\\+|-|kecil|sedang|besar|small|medium|large|normal))*"},
    // "Halaman: 1 2 Selanjutnya Tampilkan Semua": a paginated story's page links.
    {"navigation",
     "(?:halaman|page)\\s*:?\\s*\\d+(?:\\s+\\d+)+(?:\\s+(?:selanjutnya|berikutnya|next|»|›|"
     "tampilkan semua|lihat semua|show all|view all))*"},
    // A wire story's note on who else reported it: "Associated Press writer Name in Bangkok
    // contributed to this report."
    {"metadata", ".* contributed (?:reporting )?to this (?:report|story|article)\\.?"},
    // The outlet's note that a machine helped write the story: "This article was produced
    // with the assistance of AI ...", "Artikel ini dibuat dengan bantuan AI ...".
    {"metadata",
     "\\*?\\s*this (?:article|story|content|summary) (?:was|has been|is) "
     "(?:partly |partially |fully )?(?:produced|generated|created|written|drafted|translated|"
     "summari[sz]ed) (?:with|using|by) [^.!?]*\\b(?:ai|artificial intelligence)\\b.*"},
    {"metadata",
     "\\*?\\s*(?:artikel|berita|konten|tulisan) ini (?:dibuat|ditulis|dihasilkan|disusun|"
     "diterjemahkan) (?:dengan|menggunakan|oleh) [^.!?]*\\b(?:ai|kecerdasan buatan|"
     "artificial intelligence)\\b.*"},
    // --- editors' initials closing an Indonesian story: "(adp/whn)", "(lna/dmi)", "(rk)" ---
    {"metadata", "(?-i:\\((?:[a-z]{2,5}\\s*/\\s*){0,3}[a-z]{2,5}\\))"},
    // --- the writer's sign-off closing a Tribun-network story: "(Serambinews.com/Name)", the
    // outlet's domain and one to three names ---
    {"metadata", "\\((?:[a-z0-9-]+\\.)+[a-z]{2,3}(?:\\s*/\\s*[^()/]+){1,3}\\)"},
    // A picture's link alone over the picture and its caption (Kompas.com's "Lihat Foto"),
    // before the "related" prompts below, which would take it for one.
    {"image", "lihat foto"},
    // --- related and recommended articles ---
    {"related",
     "baca (?:juga|pula|lainnya|lagi|selengkapnya|berita lainnya|artikel lainnya)"
     "\\b.*"},
    // "Baca JugaHarga Tiket ...": the label run into the linked headline; "Read moreSingapore's
    // ...", "Must Read[image]Five years after ..." the same in English (an image's name between).
    {"related", "baca juga(?-i:[A-Z]).*"},
    {"related", "(?:read more|must read|also read|read also|read next)(?-i:[A-Z\\[]).*"},
    {"related",
     "(?:pilihan (?:editor|redaksi|untukmu|untuk anda)|rekomendasi redaksi|"
     "editor'?s? (?:pick|picks|choice)|rekomendasi|"
     "rekomendasi (?:artikel|berita|untuk anda)|berita terkait|artikel terkait|"
     "berita berkaitan|artikel berkaitan|"
     "topik terkait|video terkait|video pilihan|berita (?:lainnya|terkini|terbaru|"
     "populer|pilihan|rekomendasi)(?: lainnya| hari ini)?|terpopuler|terbaru|populer|terkini|"
     "(?:artikel|berita) (?:menarik )?(?:lainnya|lain)|"
     "paling (?:banyak dibaca|populer)|most (?:read|popular|viewed|shared|commented)|"
     "related(?: (?:articles?|stories|posts|news|content|coverage|topics|videos?))?|"
     "recommended(?: (?:for you|stories|articles|reading|videos?))?|you (?:may|might) "
     "(?:also )?(?:like|be interested in|have missed)|trending(?: now| stories)?|"
     "top stories|latest(?: news| stories| articles)?|more (?:stories|news|from [^.!?]+|"
     "on this story|to read)|what to read next|don'?t miss|up next|story timeline|"
     "further reading|in other news|also (?:in|on) [^.!?]+|more in [^.!?]+|read more|read next|"
     "selengkapnya|"
     "artikel(?:-artikel)? (?:yang )?direkomendasikan|"
     // The same headings in Spanish, Portuguese, French, German, Vietnamese and Arabic.
     "m\u00e1s informaci\u00f3n|lee tambi\u00e9n|vea tambi\u00e9n|noticias relacionadas|lo "
     "m\u00e1s (?:visto|le\u00eddo)|"
     "leia tamb\u00e9m|veja tamb\u00e9m|not\u00edcias relacionadas|mais lidas|"
     "(?:\u00e0 )?lire aussi|sur le m\u00eame sujet|les plus lus|"
     "mehr zum thema|lesen sie auch|meistgelesen|"
     "tin li\u00ean quan|xem th\u00eam|xem nhi\u1ec1u|"
     "\u0627\u0642\u0631\u0623 "
     "\u0623\u064a\u0636\u0627\u064b?|\u0645\u0642\u0627\u0644\u0627\u062a \u0630\u0627\u062a "
     "\u0635\u0644\u0629|\u0627\u0644\u0623\u0643\u062b\u0631 \u0642\u0631\u0627\u0621\u0629)"
     "\\s*:?"},
    {"related",
     "(?:pilihan editor|berita terkait|artikel terkait|baca berita terkait|"
     "related(?: news| stories| articles?| posts?| coverage| reading)?|see also|also read|"
     "read also|read more|read next|also see|recommended|"
     "lihat juga|simak juga|tonton juga|simak|tonton|baca|read|"
     "lee tambi\u00e9n|leia tamb\u00e9m|(?:\u00e0 )?lire aussi|lesen sie auch|xem th\u00eam|"
     "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b?)\\s*[:|].*"},
    {"related",
     "(?:simak|tonton|saksikan|lihat) (?:juga )?(?:video|videonya|foto|infografis)"
     "\\b.*"},
    // "SIMAK JUGA - Headline": the prompt and its linked headline after a dash or bar.
    {"related", "(?:simak|lihat|tonton) juga\\s*(?:-|\\||\xE2\x80\x93|\xE2\x80\x94).*"},
    // "Baca berita lengkapnya di sini", "Simak artikel selengkapnya": the link to the rest.
    {"related",
     "(?:baca|simak|lihat) (?:berita|artikel|ulasan|informasi)(?: ini)? (?:lengkap(?:nya)?|"
     "selengkapnya)(?: di ?sini| berikut(?: ini)?)?[.!:]?"},
    // A channel's promotion between paragraphs: "Saksikan live streaming program-program BTV di
    // sini", "Jangan Sampai Ketinggalan Video Pilihan Redaksi ini:" (its player is not text).
    {"related",
     "(?:simak|tonton|saksikan) (?:juga )?(?:live streaming|siaran langsung|tayangan)\\b.*"},
    {"related",
     "jangan (?:sampai )?(?:ketinggalan|lewatkan) (?:video|berita|artikel)\\b[^.!?]*[:.!]?"},
    // An invitation to join the outlet's Telegram or WhatsApp group or channel, opening the
    // line or after an invitation to get its news ("Dapatkan update berita pilihan ... setiap
    // hari dari X.com. Mari bergabung di Grup Telegram \"X News Update\", caranya klik link
    // ..."; a dot inside a word is no sentence end).
    {"footer",
     "(?:(?:dapatkan|simak|ikuti|baca) (?:update|berita|informasi|info|kabar)"
     "(?:[^.!?]|\\.\\w)*[.!?] )?"
     "(?:mari|yuk|ayo),? (?:bergabung|gabung|join)[^.!?]*"
     "\\b(?:telegram|whatsapp|wa channel|saluran wa)\\b.*"},
    // The channel prompt's second line: "Pastikan Anda sudah install aplikasi WhatsApp ya."
    {"footer",
     "pastikan (?:anda|kamu) (?:sudah|telah) (?:meng)?(?:install|instal|unduh|download) "
     "(?:aplikasi )?(?:whatsapp|telegram)\\b.*"},
    // Before the "related" prompts below, which would take it for one.
    {"footer",  // "Simak berita dan artikel lainnya di Google News dan WA Channel"
     // "Baca berita Serambinews.com lainnya di Google News": a dot inside a word is no
     // sentence end.
     "(?:simak|baca|ikuti|dapatkan|pantau) (?:berita|artikel|update|informasi|kabar)"
     "(?:[^.!?]|\\.\\w)* "
     "(?:di|melalui|lewat|via) (?:google news|wa channel|whatsapp channel|saluran whatsapp|"
     "channel whatsapp|telegram|grup telegram)(?: (?:dan|atau|&) [^.!?,]+)?"
     // "... di WhatsApp Channel kami", "... di Google News resmi X.com"
     "(?: (?:kami|resmi)(?: [^.!?]{1,40})?)?[.!]?"},
    // The same prompt in two sentences: "Dapatkan berita pilihan dan terbaru setiap hari dari
    // Pikiran-Rakyat.com. Informasi terbaru juga bisa diakses melalui Google News."
    {"footer",
     "(?:dapatkan|simak|ikuti|baca) (?:update|berita|informasi|info|kabar)"
     "(?:[^.!?]|\\.\\w)*[.!?] (?:[^.!?]|\\.\\w)* (?:di|melalui|lewat|via) "
     "(?:google news|wa channel|whatsapp channel|saluran whatsapp|channel whatsapp|telegram|"
     "grup telegram)(?: (?:dan|atau|&) [^.!?,]+)?[.!]?"},
    {"related",
     "(?:simak|cek|baca|lihat) (?:juga )?(?:berita|artikel)(?: dan (?:berita|artikel))? "
     "(?:lainnya|lain|yang lain|menarik lainnya)\\b.*"},
    // --- key-points boxes above the article ---
    {"summary",
     "(?:intinya sih|intinya|poin penting|poin utama|ringkasan berita)"
     "\\s*(?:\\.{2,}|\u2026|:)?"},
    // --- sponsors ---
    // A press release printed by arrangement: "Rilis ini merupakan kerja sama ...", "Isi di
    // luar tanggung jawab redaksi".
    {"sponsor",
     "(?:disclaimer\\s*:\\s*)?(?:rilis|artikel|konten) ini (?:merupakan|adalah) "
     "(?:kerja ?sama|kolaborasi|advertorial).*"},
    {"sponsor", ".*(?:isi|konten) (?:di luar|bukan) tanggung ?jawab redaksi.*"},
    // The note over an advertiser's box: "Konten di bawah ini disajikan oleh advertiser.
    // Jurnalis X tidak terlibat dalam materi konten ini.", "This content is sponsored by our
    // advertiser."
    {"sponsor",
     "(?:konten|artikel|tulisan|berita) (?:di bawah ini|berikut(?: ini)?) (?:disajikan|"
     "dipersembahkan|dibuat|ditulis) oleh (?:advertiser|pengiklan|mitra|sponsor|partner)\\b.*|"
     "(?:this|the following) (?:content|article|story|post) (?:is|was) (?:sponsored|paid for|"
     "presented|produced|created) by (?:our |an |the )?(?:advertisers?|sponsors?|partners?|"
     "brand partners?)\\b.*"},
    {"sponsor",
     "(?:konten sponsor\\b.*|sponsored(?: content| post| stories)?|sponsored by [^.!?]+|"
     "paid (?:post|content|partnership)|advertorial|partner content|"
     "promoted(?: content| stories| by [^.!?]+)?|presented by [^.!?]+|"
     "(?:konten|artikel|tulisan) ini (?:merupakan|adalah) (?:hasil )?(?:kerja sama|"
     "konten (?:bersponsor|sponsor|berbayar)|advertorial).*)"},
    // --- comment policies and comment sections ---
    {"comment-policy",
     "(?:isi )?komentar (?:anda )?(?:sepenuhnya )?(?:adalah |menjadi |merupakan )?"
     "tanggung ?jawab.*"},
    {"comment-policy",
     "(?:comments? (?:are|is) (?:moderated|closed|reviewed|subject to).*|"
     "(?:disclaimer: )?comments? do not (?:necessarily )?(?:represent|reflect) .*|"
     "(?:the )?views expressed in (?:the )?comments.*|comment policy|"
     "kebijakan komentar|pedoman komentar|community guidelines|"
     "we welcome (?:your )?comments.*|by (?:commenting|posting).*agree.*)"},
    {"comments",
     "(?:\\d+\\s*)?(?:(?:top rated|top|latest|recent|newest|oldest|best|featured|"
     "reader|readers'?|all|show|view) )?(?:comments?|komentar|conversation|discussion)"
     "(?:\\s*\\(\\d+\\)|\\s+\\d+)?\\s*[»>:]?"},
    {"comments",
     "(?:tulis|berikan|kirim|add|post|leave|write) (?:a |your |sebuah )?"
     "(?:komentar|comment|reply|tanggapan).*"},
    {"comments",
     "(?:show|view|lihat|tampilkan|load|read) (?:all |semua )?(?:\\d+ )?"
     "(?:comments?|komentar).*"},
    // A reader-feedback widget's question: "Do you like the content of this article?".
    {"comments",
     "(?:do you like|did you (?:like|enjoy)) (?:the content of )?this (?:article|story)\\?"},
    // Its reactions poll: "Bagaimana reaksi Anda tentang artikel ini?", "Apa reaksi Anda?",
    // "How do you feel about this article?", "What's your reaction?".
    {"comments",
     "bagaimana (?:reaksi|perasaan|tanggapan|pendapat) (?:anda|kamu|mu) "
     "(?:tentang|terhadap|mengenai|soal|setelah membaca) (?:artikel|berita|tulisan) ini\\?|"
     // Bare, with "reaksi" only: "Bagaimana perasaan Anda?" may be an interviewer's question.
     "(?:bagaimana|apa) reaksi (?:anda|kamu|mu)\\?|"
     "how do you feel about this (?:article|story|news)\\?|what(?:'s| is) your reaction\\?"},
    // Its helpfulness poll: "Apakah artikel ini bermanfaat?", "Was this article helpful?".
    {"comments",
     "(?:apakah )?(?:artikel|berita|tulisan|konten|informasi) ini (?:bermanfaat|membantu|"
     "berguna)(?: (?:bagi|untuk) (?:anda|kamu))?\\?|"
     "(?:was|is) this (?:article|story|page|information|content) (?:helpful|useful|"
     "informative)\\?|did you find this (?:article|story|page) (?:helpful|useful)\\?"},
    {"comments",
     "(?:join|start) the (?:conversation|discussion)|be the first to comment.*|"
     "(?:you must be|please) log(?:ged)? ?in to (?:post a )?comment.*"},
    // A post's or a comment's buttons alone: an embedded tweet's "Report" sits inside the
    // story, so they are buttons, not the comments that end it.
    {"navigation", "reply|balas|report|laporkan|like|suka|(?:\\d+ )?(?:likes?|replies|balasan)"},
    // --- hashtags, tags, sharing ---
    {"hashtag", "#[^\\s#]+[\\s,]*(?:#[^\\s#]+[\\s,]*)+"},
    {"tags",
     "(?:tags?|tagar|topik|topics?|kata kunci|keywords?|filed under|categories|"
     "kategori)(?:\\s*:.*|\\s+[^.!?]*)?"},
    // A share bar printed as one line of its buttons: "Bookmark WhatsApp Telegram Facebook
    // Twitter Email".
    {"share",
     "(?:bookmark|whatsapp|telegram|facebook|twitter|x|email|linkedin|line|print)"
     "(?:\\s+(?:bookmark|whatsapp|telegram|facebook|twitter|x|email|linkedin|line|print))+"},
    // An article's audio player: "Listen to this article2 min", "This audio is generated
    // automatically. Let us know if you have feedback.", "Dengarkan artikel ini".
    {"navigation",
     "(?:listen to (?:this )?(?:article|story)|dengarkan (?:artikel|berita)(?: ini)?|"
     "(?:putar|play) (?:audio|artikel|berita|article|story))"
     "(?:\\s*\\d+\\s*(?:min|mins|minutes|menit))?"},
    // The player's length on a line of its own under it: "4 min", "12 menit", "3:45 min".
    {"navigation", "\\d{1,3}(?::\\d\\d)? ?(?:min|mins|minutes|menit)"},
    // Its clock: "00:00 / 03:45", "0:00".
    {"navigation", "(?:\\d{1,2}:)?\\d{1,2}:\\d\\d ?/ ?(?:\\d{1,2}:)?\\d{1,2}:\\d\\d|0:00"},
    {"navigation",
     "(?:this audio is (?:generated|created|produced)|audio ini (?:dibuat|dihasilkan)) .*"},
    {"share",
     "(?:bagikan|share|bagikan (?:artikel|berita) ini|share this(?: article| story| post)?|"
     "share on .*|bagikan ke .*|copy link|salin (?:link|tautan)|tweet|print|cetak|"
     "email|e-mail|whatsapp|facebook|twitter|x|telegram|line|linkedin|pinterest|reddit|"
     "flipboard|pocket|messenger|instagram|youtube|tiktok|rss|share via .*|"
     "link (?:copied|tersalin))\\s*:?"},
    // --- an opinion column's note on its writer, and the outlet's disclaimer after it ---
    {"author-bio",
     "(?:\\*\\)?\\s*)?(?:penulis (?:adalah|merupakan|ialah)|the (?:writer|author) is) .*"},
    // The writer's address under the story: "Contact Jane Doe at jdoe@example.com.", "Email the
    // reporter at ...", "Hubungi penulis di ...".
    {"author-bio",
     "(?:contact|email|e-mail|reach|write to|hubungi) (?:the (?:writer|reporter|author|columnist)|"
     "penulis|him|her|them|[^.!?@]{2,40}?) (?:at|via|di|melalui) [^\\s@]+@[^\\s@]+\\.[a-z.]+\\.?"},
    // An academic writer's disclosure and the university's funding note, as The Conversation's
    // editions print them under the byline: "Disclosure statement", "X does not work for,
    // consult, own shares in or receive funding from any company ... beyond their academic
    // appointment.", "X provides funding as a member of The Conversation AU.", "View all
    // partners"; in Indonesian "Pernyataan Keterbukaan", "X tidak bekerja, menjadi konsultan,
    // memiliki saham, atau menerima dana dari ... dari artikel ini.", "X menyediakan pendanaan
    // sebagai anggota The Conversation ID.", "Lihat semua mitra". (The two notes open with a
    // name: their cue is their ending, EndsWithDisclosure.)
    {"author-bio",
     "(?:disclosure statement|pernyataan keterbukaan|view all partners|lihat semua mitra)"},
    {"author-bio",
     ".*(?:does not work for, consult, own shares in or receive funding from .*"
     "(?:academic appointment|this article)\\.?|"
     "tidak bekerja, menjadi konsultan, memiliki saham,? atau menerima dana dari .*"
     "artikel ini\\.?|"
     "(?:provides funding as a (?:founding |strategic )?(?:partner|member) of|"
     "menyediakan pendanaan sebagai (?:mitra|anggota)) the conversation(?: [a-z]{2})?\\.?)"},
    {"footer",
     "(?:disclaimer\\s*:\\s*)?(?:isi )?(?:tulisan|artikel|opini|konten)(?: ini)?(?: sepenuhnya)? "
     "(?:menjadi |adalah |merupakan )?tanggung ?jawab (?:sepenuhnya )?(?:dari )?(?:penulis|pribadi|"
     "pengirim).*"},
    // "Tulisan di Kolom adalah opini pribadi penulis dan tidak mencerminkan pandangan redaksi
    // ...": a column's note that it is its writer's opinion, not the outlet's.
    {"footer",
     "(?:tulisan|artikel|opini|isi|konten|kolom)\\b[^.!?]{0,60}\\b(?:(?:opini|pendapat|pandangan) "
     "pribadi (?:dari )?(?:penulis|kolumnis)|tidak (?:mencerminkan|mewakili) (?:pandangan|sikap|"
     "pendapat|kebijakan) redaksi).*"},
    {"footer",
     "(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|commentary) |"
     "here(?:in)? )?are (?:solely )?(?:those of the (?:authors?|writers?)|the (?:authors?|"
     "writers?)'?s? own).*"},
    // An opinion page's call for readers' letters: "Have an opinion on this piece? Email us a
    // letter ...", "Do you have an opinion on the issues raised in this article? ...".
    {"footer",
     "(?:do you )?have an opinion on (?:this (?:piece|article|story)|the issues raised in this "
     "(?:piece|article))\\?.*"},
    // "Opinions expressed by Forbes Contributors are their own." (the line ends there: a story's
    // sentence goes on, "..., a spokesman said").
    {"footer",
     "(?:the )?(?:views|opinions) expressed by [^.!?,]{1,40} are (?:their|his|her) own\\.?"},
    // --- cookie notices: "Kami menggunakan cookie untuk ...", "This website uses cookies ...",
    // "Accept all cookies" ---
    {"cookie",
     "(?:kami|we|situs (?:web )?ini|website ini|laman ini|this (?:site|website)|our "
     "(?:site|website)s?) (?:menggunakan|memakai|use|uses) (?:cookies?|kuki)\\b.*|"
     "(?:by using|dengan menggunakan) (?:this|our|situs|website|laman)[^.!?]*\\b(?:cookies?|"
     "kuki)\\b.*|(?:accept|terima|tolak|reject|manage|kelola)(?: all| semua)? (?:cookies?|kuki)"
     "(?: semua)?"},
    // --- footers: copyright, app download, social follow, site links ---
    // A heading over the outlet's note on itself or its desk after the story: "Tentang Cek
    // Fakta Liputan6.com", "About Kompas.com" (its name holds the domain).
    {"footer",
     "(?:tentang|about)\\s+(?:[\\w-]+\\s+){0,4}[\\w-]+\\.(?:com|co\\.id|id|net|org|co|tv|my|"
     "sg)(?:\\.[a-z]{2})?"},
    {"footer",
     // "Copyright @ 2025 detikcom": "@" typed for the sign before a year.
     // "Hak Cipta \u00a9 2025 Name": Indonesian for "Copyright".
     "(?:©|\\(c\\)\\s*\\d{4}|(?:copyright|hak cipta)\\s*(?:©|\\(c\\)|@\\s*\\d{4}|\\d{4})|"
     "hak cipta dilindungi|all rights reserved).*"},
    {"footer", ".*(?:all rights reserved|hak cipta dilindungi).*"},
    // A news agency's or outlet's notice against reuse: "Dilarang keras mengambil konten,
    // melakukan crawling ... tanpa izin tertulis dari ...". (A rule quoted in a story opens with
    // the quotation mark.)
    {"footer",
     "dilarang (?:keras )?(?:mengambil|mengutip|menyalin|memperbanyak|mereproduksi|"
     "menyebarluaskan|menyebarkan|menerbitkan ulang|menayangkan ulang|menggunakan) "
     "(?:konten|isi|artikel|berita|materi|tulisan|sebagian|seluruh)\\b.* "
     "tanpa (?:izin|ijin|seizin)\\b.*"},
    {"footer", "[^.!?]*(?:©|\\(c\\))\\s*\\d{4}\\.?"},  // "Lintas Pagi (c) 2025"
    {"footer",
     "(?:unduh|download|install|pasang|dapatkan) (?:aplikasi|app|the app|our app|"
     "aplikasinya)[^.!?]*[.!]?"},
    {"footer", "[^.!?]*(?:download|unduh)[^.!?]*(?:app ?store|play ?store|google play)[^.!?]*"},
    // A link prompt: "Promo spesial hari ini, klik di sini", "For the full list, click here".
    // (The k's are ASCII only, as MayMatchAnywhere looks for them: no KELVIN SIGN.)
    {"ad", "[^.!?]*\\b(?:(?-i:[Kk])li(?-i:[Kk])|clic(?-i:[Kk])) (?:di ?sini|here)[.!]?"},
    // A link prompt that opens the line: "Klik di sini untuk mendapatkan update berita terkini",
    // "Click here to read the full report".
    {"ad",
     "(?:(?-i:[Kk])li(?-i:[Kk]) (?:di ?sini|tautan ini)|clic(?-i:[Kk]) here) (?:untuk|to) "
     "[^.!?]*[.!]?"},
    // A sign-up promo closed by its link: "Promo! Kuliah dengan beasiswa penuh ..., daftar
    // sekarang di sini".
    {"ad", ".*\\bdaftar(?: sekarang)? di ?(?-i:[Ss])ini[.!]?"},
    {"footer",
     "simak (?:breaking news|berita terkini|berita pilihan|berita terbaru)[^\\n]*"
     "(?:whatsapp|google news|telegram)[^\\n]*"},
    {"footer",  // "Join ST's WhatsApp Channel and get the latest news and must-reads."
     "(?:join|gabung(?:lah)?|bergabung(?:lah)?)(?: (?:di|ke|dengan|dalam))? "
     "(?:[^.!?]|\\.\\w)*(?:(?:whatsapp|wa|telegram) (?:channel|saluran)|(?:channel|saluran) "
     "(?:whatsapp|wa|telegram))\\b.*"},
    {"footer",  // "VÍDEOS: mais assistidos do g1 SP", "Videos: most watched": the video list
                // that closes a story
     "(?:v\u00eddeos|videos)\\s*:?\\s*(?:(?:os |the |lo )?(?:mais|most|m\u00e1s) "
     "(?:assistidos|vistos|watched|viewed))\\b.*"},
    {"footer",  // "Get WhatsApp alerts from CNA on the latest news and breaking stories."
     "(?:get|receive) (?:[^.!?]|\\.\\w)*\\b(?:whatsapp|telegram) "
     "(?:alerts?|updates?|channel|notifications?)\\b.*"},
    {"footer",
     "(?:get it on google play|download on the app store|"
     "muat turun aplikasi [^.!?]*(?:app store|google play|play store|appgallery)[^.!?]*[.!]?|"
     "tersedia di .*"
     "(?:app store|google play).*)"},
    {"footer",
     // "Ikuti Grid.ID di Google News": a dot inside a word is no sentence end.
     "(?:ikuti|follow) (?:kami|us|media sosial kami|(?:[^.!?]|\\.\\w)* (?:di|on) "
     "(?:google news|facebook|twitter|instagram|whatsapp|telegram|tiktok|youtube|"
     "social media|media sosial)).*"},
    {"footer",
     "(?:logo [^.!?]+|tentang kami|about us|about|kontak(?: kami)?|hubungi kami|"
     "contact(?: us)?|redaksi|susunan redaksi|pedoman media siber|kode etik|"
     "privacy(?: policy)?|kebijakan privasi|cookie policy|cookies? settings|"
     "terms(?: of (?:use|service))?(?: and conditions)?|syarat (?:dan|&) ketentuan|"
     "disclaimer|karir|karier|careers?|info iklan|advertise(?: with us)?|"
     "sitemap|site map|newsletter|back to top|kembali ke atas|powered by .*|"
     "site information|policies|social and media|editorial standards.*)"},
    // A call for readers' tips and the wire's standards note: "Have a tip? Contact us at ...",
    // "Punya informasi menarik? Kirim ke ...", "Our Standards: The Thomson Reuters Trust
    // Principles."
    {"footer",
     "(?:have|got) (?:a|any) (?:news )?tips?\\?.*|"
     "do you have (?:a|any) (?:story|news tip|tip)[^?]*\\?.*|"
     "punya (?:informasi|info|cerita|kabar|berita|tips?)[^?]*\\?\\s.*"
     "\\b(?:kirim(?:kan)?|hubungi|e-?mail|whatsapp|wa)\\b.*|"
     "our standards: the thomson reuters trust principles\\.?"},
    // A screen reader's credit of a picture (BBC): "Image source, Getty Images".
    {"image", "(?:image|video|media) source, .*"},
    // A picture's credit under it: "Image: Getty Images", "(Image: \u00a9 Name / Agency)",
    // "Gambar: Istimewa" (one to six words; a longer text after the label is its caption).
    {"image", "\\(?(?:image|picture|gambar)s? ?: ?(?:[^\\s.!?()]+ ?){1,6}\\)?"},
    // A picture library's credit alone under a picture: "Getty Images", "AFP via Getty Images",
    // "Shutterstock", "iStockphoto".
    {"image",
     "(?:(?:afp|ap|reuters|anadolu|bloomberg|epa|nurphoto|sopa images) via )?"
     "(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|unsplash|pexels|"
     "dreamstime|adobe stock|getty images/istockphoto)"},
    // A breadcrumb trail: "Home / News / Politics". (Its own entry, after the site links of the
    // same reason: it may open with any word, so the phrase index cannot tell it.)
    {"footer", "(?:\\w+ )?(?:/ \\w+(?: \\w+)? ){2,}.*"},
};

}  // namespace

std::span<const BoilerplatePattern> BoilerplatePatterns() {
  return std::span<const BoilerplatePattern>(kPatterns, std::size(kPatterns));
}

}  // namespace kabar::extract
