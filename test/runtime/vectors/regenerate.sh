#!/usr/bin/env bash
# Regenerates the signing vectors of the runtime with openssl (signatures) and jq (JSON) — never with the runtime's
# own code, so that the tests compare it with an independent implementation.
#
#   bash test/runtime/vectors/regenerate.sh             # new signatures with the committed TEST-ONLY keys
#   bash test/runtime/vectors/regenerate.sh --new-keys  # new TEST-ONLY key pairs first, then new signatures
#
# RSASSA-PKCS1-v1_5 is deterministic: with the same keys, a run reproduces the committed files byte for byte.
# The keys are TEST ONLY: made here, published in the repository, worthless for anything but these tests.
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C

MERCHANT_KEY=TEST-ONLY-merchant-private-key.pem
MERCHANT_PUB=TEST-ONLY-merchant-public-key.pem
PLATFORM_KEY=TEST-ONLY-platform-private-key.pem
PLATFORM_PUB=TEST-ONLY-platform-public-key.pem

WARNING='# TEST ONLY - NEVER FOR PRODUCTION. A throwaway RSA-2048 key of the wechatpay-openapi-generator tests,
# published with them; made by test/runtime/vectors/regenerate.sh. Nothing signed with it proves anything.'

new_key_pair() { # private public role
  local pem
  pem=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)
  printf '%s\n# role: %s\n\n%s\n' "$WARNING" "$3" "$pem" >"$1"
  printf '%s\n# role: %s\n\n%s\n' "$WARNING" "$3" "$(openssl pkey -in "$1" -pubout)" >"$2"
}

if [ "${1:-}" = "--new-keys" ] || [ ! -f "$MERCHANT_KEY" ]; then
  new_key_pair "$MERCHANT_KEY" "$MERCHANT_PUB" 'merchant API key (signs requests)'
  new_key_pair "$PLATFORM_KEY" "$PLATFORM_PUB" 'WeChat Pay platform key (signs answers)'
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# base64 of openssl's RSA-SHA256 signature of the bytes in file $2, with key $1; checked with the public key $3.
sign_file() {
  openssl dgst -sha256 -sign "$1" -out "$work/sig" "$2"
  openssl dgst -sha256 -verify "$3" -signature "$work/sig" "$2" >/dev/null
  base64 -w0 <"$work/sig"
}

MCHID=1900000109
MERCHANT_SERIAL=444F4864EA9B34415C0BBB0D69E50D10B3A8F49C
PLATFORM_SERIAL=5157F09EFDC096DE15EBE81A47057A7232F1B8E1
PUBLIC_KEY_ID=PUB_KEY_ID_0119000001092025010100000000000001

# ---- requests: the client call → the message → its signature → the Authorization header ----------------------
# request NAME METHOD PATH_WITH_QUERY TIMESTAMP NONCE BODY CALL
#   CALL (JSON): what the client is given — path template, path parameters, params, data — to reach that request.
requests='[]'
request() {
  local name=$1 method=$2 path=$3 timestamp=$4 nonce=$5 body=$6 call=$7 signature authorization
  printf '%s\n%s\n%s\n%s\n%s\n' "$method" "$path" "$timestamp" "$nonce" "$body" >"$work/message"
  signature=$(sign_file "$MERCHANT_KEY" "$work/message" "$MERCHANT_PUB")
  authorization="WECHATPAY2-SHA256-RSA2048 mchid=\"$MCHID\",nonce_str=\"$nonce\",signature=\"$signature\",timestamp=\"$timestamp\",serial_no=\"$MERCHANT_SERIAL\""
  requests=$(jq -c --arg name "$name" --arg method "$method" --arg path "$path" --arg timestamp "$timestamp" \
    --arg nonce "$nonce" --arg body "$body" --rawfile message "$work/message" --arg signature "$signature" \
    --arg authorization "$authorization" --argjson call "$call" \
    '. + [{ name: $name, call: $call, method: $method, pathWithQuery: $path, timestamp: $timestamp, nonce: $nonce,
            body: $body, message: $message, signature: $signature, authorization: $authorization }]' <<<"$requests")
}

request 'GET without query or body' GET /v3/certificates 1554208460 593BEC0C930BF1AFEB40B4A08C8FB242 '' \
  '{ "pathTemplate": "/v3/certificates" }'
request 'GET with an encoded path parameter and a query' GET \
  '/v3/profitsharing/return-orders/R20240101%2F1?sub_mchid=1900000109&out_order_no=P%20001' \
  1554208460 593BEC0C930BF1AFEB40B4A08C8FB242 '' \
  '{ "pathTemplate": "/v3/profitsharing/return-orders/{out_return_no}", "config": { "out_return_no": "R20240101/1", "params": { "sub_mchid": "1900000109", "out_order_no": "P 001" } } }'
request 'POST with a JSON body (UTF-8)' POST /v3/ecommerce/subsidies/return 1700000000 C5AC4E1A9F3B4D2E8A7C6B5D4E3F2A1B \
  '{"sub_mchid":"1900000109","out_order_no":"P20150806125346","amount":10,"description":"回退补差——测试"}' \
  '{ "pathTemplate": "/v3/ecommerce/subsidies/return", "data": { "sub_mchid": "1900000109", "out_order_no": "P20150806125346", "amount": 10, "description": "回退补差——测试" } }'
request 'POST of a multipart upload: meta is the BODY' POST /v3/merchant/media/upload 1700000001 0123456789ABCDEF0123456789ABCDEF \
  '{"filename":"filea.jpg","sha256":"hjkahkjsjkfsjk78687dhjahdajhk"}' \
  '{ "pathTemplate": "/v3/merchant/media/upload", "shape": { "request": "multipart", "response": "json" }, "data": { "meta": { "filename": "filea.jpg", "sha256": "hjkahkjsjkfsjk78687dhjahdajhk" }, "file": "file bytes" } }'
request 'DELETE with RFC 3986 escapes in path and query' DELETE \
  "/v3/simulator/echo/it%27s%20%28a%29%2A%21?q=%E4%B8%AD%20%26%20%3D%2B" 1700000002 FEDCBA9876543210FEDCBA9876543210 '' \
  "{ \"pathTemplate\": \"/v3/simulator/echo/{value}\", \"config\": { \"value\": \"it's (a)*!\", \"params\": { \"q\": \"中 & =+\" } } }"

# ---- answers: headers + body → ok, or the error class the verifier must throw ---------------------------------
# response NAME EXPECT NOW TIMESTAMP NONCE BODY SIGNED_BODY KEY SERIAL HEADERS_FILTER
#   SIGNED_BODY is what the signature covers (differs from BODY for a tampered answer); KEY signs it;
#   HEADERS_FILTER (jq) edits the four headers afterwards (drop one, break one).
responses='[]'
response() {
  local name=$1 expect=$2 now=$3 timestamp=$4 nonce=$5 body=$6 signed=$7 key=$8 serial=$9 filter=${10} signature pub
  printf '%s\n%s\n%s\n' "$timestamp" "$nonce" "$signed" >"$work/message"
  pub=$PLATFORM_PUB
  [ "$key" = "$MERCHANT_KEY" ] && pub=$MERCHANT_PUB
  signature=$(sign_file "$key" "$work/message" "$pub")
  responses=$(jq -c --arg name "$name" --arg expect "$expect" --argjson now "$now" --arg timestamp "$timestamp" \
    --arg nonce "$nonce" --arg body "$body" --rawfile message "$work/message" --arg signature "$signature" --arg serial "$serial" \
    ". + [{ name: \$name, headers: ({ \"Wechatpay-Timestamp\": \$timestamp, \"Wechatpay-Nonce\": \$nonce,
             \"Wechatpay-Signature\": \$signature, \"Wechatpay-Serial\": \$serial } | $filter),
            body: \$body, now: \$now, signedMessage: \$message, expect: \$expect }]" <<<"$responses")
}

T=1700000000
N=fa4ba5a0f0c26e1bd4ddf6acf0e6bd35
OK_BODY='{"code":"OK","message":"签名通过"}'
P=$PLATFORM_KEY
S=$PLATFORM_SERIAL
response 'a signed JSON answer' ok $T $T $N "$OK_BODY" "$OK_BODY" $P $S .
response 'a signed empty answer (204)' ok $T $T $N '' '' $P $S .
response 'signed with a WeChat Pay public key id' ok $T $T $N "$OK_BODY" "$OK_BODY" $P $PUBLIC_KEY_ID .
response 'the serial in lower case' ok $T $T $N "$OK_BODY" "$OK_BODY" $P "$(tr A-F a-f <<<"$S")" .
response '300 s behind the local clock' ok $((T + 300)) $T $N "$OK_BODY" "$OK_BODY" $P $S .
response '300 s ahead of the local clock' ok $((T - 300)) $T $N "$OK_BODY" "$OK_BODY" $P $S .
response '301 s behind the local clock' TimestampSkewError $((T + 301)) $T $N "$OK_BODY" "$OK_BODY" $P $S .
response '301 s ahead of the local clock' TimestampSkewError $((T - 301)) $T $N "$OK_BODY" "$OK_BODY" $P $S .
response 'a timestamp that is not Unix seconds' TimestampSkewError $T 17e8 $N "$OK_BODY" "$OK_BODY" $P $S .
response 'the body changed after signing' SignatureMismatchError $T $T $N '{"code":"NO","message":"签名通过"}' "$OK_BODY" $P $S .
response 'a space appended to the body' SignatureMismatchError $T $T $N "$OK_BODY " "$OK_BODY" $P $S .
response 'the nonce changed after signing' SignatureMismatchError $T $T $N "$OK_BODY" "$OK_BODY" $P $S \
  '.["Wechatpay-Nonce"] |= ascii_upcase'
response 'the timestamp changed after signing' SignatureMismatchError $((T + 1)) $T $N "$OK_BODY" "$OK_BODY" $P $S \
  '.["Wechatpay-Timestamp"] = "1700000001"'
response 'signed by the merchant key, not the platform key' SignatureMismatchError $T $T $N "$OK_BODY" "$OK_BODY" \
  "$MERCHANT_KEY" $S .
response 'a signature that is not base64' SignatureMismatchError $T $T $N "$OK_BODY" "$OK_BODY" $P $S \
  '.["Wechatpay-Signature"] = "not base64 at all"'
response 'an unknown serial' UnknownSerialError $T $T $N "$OK_BODY" "$OK_BODY" $P 5157F09EFDC096DE15EBE81A47057A72000000FF .
response 'no Wechatpay-Signature' ResponseHeadersMissingError $T $T $N "$OK_BODY" "$OK_BODY" $P $S 'del(.["Wechatpay-Signature"])'
response 'no Wechatpay-Nonce nor Wechatpay-Serial' ResponseHeadersMissingError $T $T $N "$OK_BODY" "$OK_BODY" $P $S \
  'del(.["Wechatpay-Nonce"], .["Wechatpay-Serial"])'

jq -n --arg mchid $MCHID --arg serial $MERCHANT_SERIAL --arg key "$MERCHANT_KEY" --arg pub "$MERCHANT_PUB" --argjson cases "$requests" \
  '{ comment: "TEST ONLY vectors made by regenerate.sh with openssl; keys are TEST-ONLY files beside this one.",
     mchid: $mchid, serial: $serial, privateKey: $key, publicKey: $pub, cases: $cases }' >requests.json
jq -n --arg pub "$PLATFORM_PUB" --arg platform $PLATFORM_SERIAL --arg id $PUBLIC_KEY_ID --argjson cases "$responses" \
  '{ comment: "TEST ONLY vectors made by regenerate.sh with openssl; keys are TEST-ONLY files beside this one.",
     keys: { ($platform): $pub, ($id): $pub }, maxSkewSeconds: 300, cases: $cases }' >responses.json
echo "wrote requests.json ($(jq '.cases | length' requests.json) cases) and responses.json ($(jq '.cases | length' responses.json) cases)"
