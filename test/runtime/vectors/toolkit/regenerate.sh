#!/usr/bin/env bash
# Regenerates the merchant-toolkit vectors in this folder (test/runtime/vectors/toolkit/).
#
#   bash test/runtime/vectors/toolkit/regenerate.sh          # keep the key files, remake everything else
#   bash test/runtime/vectors/toolkit/regenerate.sh --keys   # new TEST-ONLY keys and certificates too
#
# Every key here is TEST-ONLY: generated for these tests, published with them, worthless for anything else.
# Made with openssl (RSA signatures, RSA-OAEP, digests, X.509), gzip -n (no name or time in the header, so the same
# bill gives the same bytes) and python3's `cryptography` package for AES-256-GCM (`openssl enc` cannot do AEAD
# ciphers) and to assemble vectors.json. The runtime (generator/runtime) is not used: the tests check it against these.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- keys and certificates (only with --keys, or when missing) ---------------------------------------------
new_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
if [[ "${1:-}" == "--keys" || ! -f TEST-ONLY-merchant.key.pem ]]; then
  new_key TEST-ONLY-merchant.key.pem
  openssl pkey -in TEST-ONLY-merchant.key.pem -pubout -out TEST-ONLY-merchant.pub.pem
  new_key TEST-ONLY-platform-a.key.pem
  new_key TEST-ONLY-platform-b.key.pem
  # A: valid for ten years from generation; B: for one day (the tests pick a "now" after it ended).
  openssl req -x509 -new -key TEST-ONLY-platform-a.key.pem -sha256 -days 3650 \
    -set_serial 0x5157F09EFDC096DE15EBE81A47057A7232F1B8E1 \
    -subj "/C=CN/O=TEST-ONLY/CN=TEST-ONLY WeChat Pay platform certificate A" -out TEST-ONLY-platform-a.cert.pem
  openssl req -x509 -new -key TEST-ONLY-platform-b.key.pem -sha256 -days 1 \
    -set_serial 0x7132D72A03E93CDDF8C03BBD1F37EEDF9A9BF0AC \
    -subj "/C=CN/O=TEST-ONLY/CN=TEST-ONLY WeChat Pay platform certificate B" -out TEST-ONLY-platform-b.cert.pem
fi

b64() { base64 -w0; }
sign_sha256() { openssl dgst -sha256 -sign "$1" | b64; }  # RSASSA-PKCS1-v1_5 with SHA-256
oaep_encrypt() {  # RSA-OAEP, SHA-1 digest and MGF1-SHA-1, as WeChat Pay uses for sensitive fields
  openssl pkeyutl -encrypt -pubin -inkey "$1" \
    -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1 | b64
}

# --- pay-sign: JSAPI / mini program (appId timeStamp nonceStr package) and APP (appId timestamp nonceStr prepayId)
app_id='wxd678efh567hg6787'
prepay_id='wx201410272009395522657a690389285100'
mchid='1900000109'
timestamp='1414561699'
nonce='5K8264ILTKCH16CQ2502SI8ZNMTM67VS'
printf '%s\n%s\n%s\n%s\n' "$app_id" "$timestamp" "$nonce" "prepay_id=$prepay_id" > "$work/jsapi.txt"
printf '%s\n%s\n%s\n%s\n' "$app_id" "$timestamp" "$nonce" "$prepay_id" > "$work/app.txt"
sign_sha256 TEST-ONLY-merchant.key.pem < "$work/jsapi.txt" > "$work/jsapi.sig"
sign_sha256 TEST-ONLY-merchant.key.pem < "$work/app.txt" > "$work/app.sig"

# --- sensitive fields: a name encrypted to the merchant's public key (what WeChat Pay sends in answers) -------
printf '%s' '张三·TEST-ONLY' > "$work/sensitive.txt"
oaep_encrypt TEST-ONLY-merchant.pub.pem < "$work/sensitive.txt" > "$work/sensitive.b64"

# --- bills: the plain bill, its gzip (tar_type=GZIP) and an encrypted gzip (decrypt first, then gunzip) ------
cat > bill.csv <<'BILL'
交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注
`2024-01-01 09:10:11,`wxd678efh567hg6787,`1900000109,`0,`,`4200002024010100000000000001,`TEST-ONLY-0001,`oTEST-ONLY-openid,`JSAPI,`SUCCESS,`OTHERS,`CNY,`0.01,`0.00,`0,`0,`0.00,`0.00,`,`,`测试商品,`,`0.00000,`0.60%,`0.01,`0.00,`
总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额
`1,`0.01,`0.00,`0.00,`0.00000,`0.01,`0.00
BILL
gzip -n -9 -c bill.csv > bill.csv.gz
bill_key='TEST-ONLY-bill-key-0123456789abc'  # 32 bytes: AES-256
bill_nonce='7e57b111f0000001'  # 16 characters, like the nonce of WeChat Pay's documented example answer (not 12 bytes)
printf '%s' "$bill_key" > "$work/bill-key.txt"
oaep_encrypt TEST-ONLY-merchant.pub.pem < "$work/bill-key.txt" > "$work/bill-key.b64"
openssl dgst -sha1 -r bill.csv | cut -d' ' -f1 > "$work/bill.sha1"
openssl dgst -sm3 -r bill.csv | cut -d' ' -f1 > "$work/bill.sm3"

# --- /v3/certificates: two certificates encrypted with a TEST-ONLY APIv3 key, the answer signed with A's key --
apiv3_key='TEST-ONLY-apiv3-key-0123456789ab'
answer_timestamp="$(date +%s)"
answer_nonce='TESTONLY0123456789ABCDEF01234567'

python3 - "$work" "$apiv3_key" "$bill_key" "$bill_nonce" <<'PY'
import base64, datetime, json, pathlib, sys
from cryptography import x509
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
work, apiv3_key, bill_key, bill_nonce = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
here = pathlib.Path('.')
# Encrypted bill: AES-256-GCM over the gzip file (gzip first, then encrypt: the merchant decrypts, then gunzips), the
# nonce's UTF-8 bytes as IV (16 of them: GCM takes an IV of any length), no associated data, the 16-byte tag appended.
sealed = AESGCM(bill_key.encode()).encrypt(bill_nonce.encode(), (here / 'bill.csv.gz').read_bytes(), None)
(here / 'bill.csv.gz.enc').write_bytes(sealed)
entries = []
for name, serial, nonce in (('a', '5157F09EFDC096DE15EBE81A47057A7232F1B8E1', 'TESTONLYnA01'),
                            ('b', '7132D72A03E93CDDF8C03BBD1F37EEDF9A9BF0AC', 'TESTONLYnB02')):
    pem = (here / f'TEST-ONLY-platform-{name}.cert.pem').read_bytes()
    cert = x509.load_pem_x509_certificate(pem)
    china = datetime.timezone(datetime.timedelta(hours=8))  # WeChat Pay writes times in China Standard Time
    when = lambda moment: moment.astimezone(china).isoformat(timespec='seconds')
    ciphertext = AESGCM(apiv3_key.encode()).encrypt(nonce.encode(), pem, b'certificate')
    entries.append({'serial_no': serial, 'effective_time': when(cert.not_valid_before_utc), 'expire_time': when(cert.not_valid_after_utc),
                    'encrypt_certificate': {'algorithm': 'AEAD_AES_256_GCM', 'nonce': nonce, 'associated_data': 'certificate',
                                            'ciphertext': base64.b64encode(ciphertext).decode()}})
(work / 'answer.json').write_text(json.dumps({'data': entries}, ensure_ascii=False, separators=(',', ':')))
PY
cp "$work/answer.json" certificates-answer.json
printf '%s\n%s\n%s\n' "$answer_timestamp" "$answer_nonce" "$(cat certificates-answer.json)" > "$work/answer-message.txt"
sign_sha256 TEST-ONLY-platform-a.key.pem < "$work/answer-message.txt" > "$work/answer.sig"

python3 - "$work" <<PY
import json, pathlib, sys
work = pathlib.Path(sys.argv[1])
read = lambda name: (work / name).read_text().strip()
vectors = {
  'note': 'TEST-ONLY vectors made by regenerate.sh with openssl and python3 cryptography; never real keys.',
  'requestPayment': {'appId': '$app_id', 'prepayId': '$prepay_id', 'timestamp': '$timestamp', 'nonce': '$nonce',
                     'message': (work / 'jsapi.txt').read_text(), 'paySign': read('jsapi.sig')},
  'appPayment': {'appId': '$app_id', 'prepayId': '$prepay_id', 'mchid': '$mchid', 'timestamp': '$timestamp', 'nonce': '$nonce',
                 'message': (work / 'app.txt').read_text(), 'sign': read('app.sig')},
  'sensitive': {'plaintext': (work / 'sensitive.txt').read_text(), 'ciphertext': read('sensitive.b64')},
  'bill': {'file': 'bill.csv', 'gzipFile': 'bill.csv.gz', 'SHA1': read('bill.sha1'), 'SM3': read('bill.sm3'),
           'encrypted': {'file': 'bill.csv.gz.enc', 'encrypt_key': read('bill-key.b64'), 'nonce': '$bill_nonce'}},
  'certificates': {'apiV3Key': '$apiv3_key', 'answerFile': 'certificates-answer.json',
                   'headers': {'Wechatpay-Timestamp': '$answer_timestamp', 'Wechatpay-Nonce': '$answer_nonce',
                               'Wechatpay-Serial': '5157F09EFDC096DE15EBE81A47057A7232F1B8E1', 'Wechatpay-Signature': read('answer.sig')},
                   'files': {'5157F09EFDC096DE15EBE81A47057A7232F1B8E1': 'TEST-ONLY-platform-a.cert.pem',
                             '7132D72A03E93CDDF8C03BBD1F37EEDF9A9BF0AC': 'TEST-ONLY-platform-b.cert.pem'}},
}
pathlib.Path('vectors.json').write_text(json.dumps(vectors, ensure_ascii=False, indent=2) + '\n')
PY
echo "vectors written to $(pwd)"
