"""Swedish, Turkish, Japanese and Korean text for the allotment-water topic of ../heldout12-forums (same keys as its LANG)."""
LANG = {
    "sv": dict(
        SUBJECTS=["vattenmätarna", "kranen vid övre gången", "lottarrendet", "vattningsschemat", "slangregeln", "komposten",
                  "kön till lotterna", "försäkringen för stugorna"],
        VIEWS=["fungerar bara om varje lott får en egen kran", "klubbades igenom före årsmötet", "straffar dem som odlar mest",
               "borde ha räknats på ordentligt först", "är rättvist om läckorna lagas", "gör regntunnorna lönsamma till slut",
               "stod aldrig i arrendeavtalet", "kunde prövas på nedre halvan först"],
        ASIDES=["Jag har haft lott 14 sedan 2008.", "Förra sommaren var karet tomt två gånger.", "Vi gjorde av med 310 kubikmeter i augusti.",
                "Den gamla mätaren har stått still sedan frosten.", "Protokollet sitter på anslagstavlan.", "Läckan vid boden kostade oss en förmögenhet."],
        STARTS=["För vad det är värt", "Som kassör", "Som ny arrendator", "Ärligt talat", "Från de nedre lotterna", "Efter tjugo år här"],
        OPENER=["Styrelsen vill sätta en vattenmätare på varje lott från mars och ta betalt efter förbrukning i stället för fasta 180 kronor, "
                "eftersom föreningens vattenräkning fördubblades i år.",
                "Har någon sett siffrorna? Övre gången delar en enda kran, ingen vet vems slang som är vems, och rören där är äldre än stugorna."]),
    "tr": dict(
        SUBJECTS=["su sayaçları", "üst yoldaki musluk", "parsel kirası", "sulama sırası", "hortum kuralı", "kompost kasaları",
                  "bekleme listesi", "kulübe sigortası"],
        VIEWS=["ancak her parselin kendi musluğu olursa işe yarar", "genel kuruldan önce oldubittiye getirildi", "en çok eken cezalandırıyor",
               "önce düzgünce hesaplanmalıydı", "sızıntılar giderilirse adil olur", "yağmur varillerini sonunda kârlı yapıyor",
               "kira sözleşmesinde hiç yoktu", "önce alt yarıda denenebilirdi"],
        ASIDES=["2008'den beri 14 numaralı parsel bende.", "Geçen yaz yalak iki kez kurudu.", "Ağustosta 310 metreküp su harcadık.",
                "Eski sayaç dondan beri çalışmıyor.", "Tutanak ilan panosunda asılı.", "Kulübenin yanındaki sızıntı bize bir servete mal oldu."],
        STARTS=["Bence", "Sayman olarak", "Yeni kiracı olarak", "Açıkçası", "Alt parsellerden bakınca", "Burada yirmi yıl geçirmiş biri olarak"],
        OPENER=["Yönetim marttan itibaren her parsele su sayacı takıp sabit 180 lira yerine kullanıma göre ücret almak istiyor, "
                "çünkü derneğin su faturası bu yıl iki katına çıktı.",
                "Rakamları gören oldu mu? Üst yol tek bir musluğu paylaşıyor, kimse hangi hortumun kimin olduğunu bilmiyor ve oradaki borular kulübelerden eski."]),
    "ja": dict(
        SUBJECTS=["水道メーターの件", "上の通路の給水栓", "区画の使用料", "水やり当番", "ホースのルール", "堆肥置き場", "空き待ちの名簿", "小屋の保険"],
        VIEWS=["区画ごとに蛇口がなければ成り立たない", "総会の前に決められてしまった", "たくさん育てる人ほど損をする",
               "先にきちんと計算するべきだった", "水漏れを直すなら公平だと思う", "雨水タンクがやっと元を取れる",
               "契約書には一度も書かれていなかった", "まず下半分で試せばいい"],
        ASIDES=["2008年から14番区画を借りています。", "去年の夏は水槽が二度空になりました。", "8月は310立方メートル使いました。",
                "古いメーターは霜の後から動いていません。", "議事録は掲示板に貼ってあります。", "小屋の横の水漏れで大金がかかりました。"],
        STARTS=["個人的には", "会計係として", "新しく借りた者として", "正直なところ", "下の区画から見ると", "ここで二十年耕してきて"],
        OPENER=["理事会が3月から全区画に水道メーターを付けて、一律1800円ではなく使った分だけ請求したいそうです。今年は組合の水道代が倍になったためです。",
                "数字を見た人はいますか？上の通路は給水栓が一つだけで、どのホースが誰のものか分からず、配管も小屋より古いです。"]),
    "ko": dict(
        SUBJECTS=["수도 계량기 건", "위쪽 길 수도꼭지", "텃밭 사용료", "물주기 당번", "호스 규칙", "퇴비장", "대기자 명단", "창고 보험"],
        VIEWS=["구획마다 수도꼭지가 있어야 가능하다", "총회 전에 밀어붙인 것이다", "많이 키우는 사람만 손해 본다",
               "먼저 제대로 계산했어야 했다", "누수만 고치면 공평하다", "빗물통이 드디어 본전을 뽑는다",
               "계약서에는 한 번도 없던 내용이다", "아래쪽 절반에서 먼저 시험해 보면 된다"],
        ASIDES=["2008년부터 14번 구획을 쓰고 있어요.", "작년 여름에 물통이 두 번이나 말랐어요.", "8월에 310톤을 썼습니다.",
                "옛 계량기는 서리 이후로 멈춰 있어요.", "회의록은 게시판에 붙어 있어요.", "창고 옆 누수로 큰돈이 들었어요."],
        STARTS=["제 생각엔", "총무로서 말하면", "새로 분양받은 입장에서", "솔직히", "아래쪽 구획에서 보면", "여기서 이십 년 농사지은 사람으로서"],
        OPENER=["운영위원회가 3월부터 모든 구획에 수도 계량기를 달고 일률 1만8천 원 대신 쓴 만큼 요금을 받겠다고 합니다. 올해 조합 수도 요금이 두 배가 됐기 때문이래요.",
                "숫자 보신 분 있나요? 위쪽 길은 수도꼭지 하나를 같이 쓰는데 어느 호스가 누구 건지 아무도 모르고, 배관도 창고보다 오래됐어요."]),
}
NAMES = {
    "sv": ["Birgitta Lund", "tomatbonden", "Anders Holm", "lott_14", "Maja E.", "regnmask", "Gunnar Sjöberg", "kålrot_kalle",
           "Ingrid", "Yusuf Demir", "potatisprinsessan", "Leif B."],
    "tr": ["bahcivan_ayse", "domates tarlası", "kemal hoca", "sulama nöbeti", "parsel on dört", "kabak çiçeği", "yaşlı dut",
           "hortumcu", "selin k", "marul mevsimi", "gübre kokusu", "bostan bekçisi"],
    "ja": ["yuki_garden", "トマト好き", "kabocha77", "畑の佐藤", "mizuyari_taro", "ねぎ坊主", "komatsuna_k", "田中 花子",
           "ninjin_papa", "雨水タンク", "daikon_d", "のら猫"],
    "ko": ["텃밭지기", "상추러버", "gardener_kim", "호미든할매", "고추농부", "물조리개", "tomato_park", "감자왕", "흙손",
           "배추도사", "minari22", "들깨"],
}
SUBJ = {"sv": "Vattenmätare på varje lott från mars?", "tr": "marttan itibaren her parsele su sayacı",
        "ja": "区画ごとの水道メーター、3月から導入って本当ですか？", "ko": "3월부터 구획마다 수도 계량기 단다는데 어떻게 생각하세요?"}
