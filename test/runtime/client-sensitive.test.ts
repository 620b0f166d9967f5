// Sensitive fields named by the endpoint table are encrypted by the prepare step before signing, to a key of the
// key store, with Wechatpay-Serial naming it. The simulator decrypts `name` with its platform private key and
// checks Wechatpay-Serial, as the service does; nested paths are checked by decrypting an echo's body here.

import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.ts';
import {
  StaticPublicKeyStore,
  WechatpayError,
  defineWechatpay,
  encryptSensitive,
  type EndpointTable,
  type UntypedApi,
  type WechatpayConfig,
} from '../../generator/runtime/index.ts';
import { PLATFORM_SERIAL, PUBLIC_KEY_ID, createKeyPair, endpoints } from './fixtures.ts';
import { rejection } from './rejection.ts';
import { useClientSimulator } from './simulator-session.ts';
import { decryptWithPlatformKey } from './simulator.ts';

// The service signs with, and decrypts for, its WeChat Pay public key PUB_KEY_ID_….
const session = useClientSimulator({ platformSerial: PUBLIC_KEY_ID });
const { platform } = session;
const other = createKeyPair();
const table: EndpointTable = {
  ...endpoints,
  // As the generator emits them from spec/ (receiver `name` is x-sensitive).
  'v3.profitsharing.receivers.Delete': {
    path: '/v3/profitsharing/receivers/delete',
    methods: { post: { request: 'json', response: 'json' } },
  },
  'v3.profitsharing.receivers.add': {
    path: '/v3/profitsharing/receivers/add',
    methods: { post: { request: 'json', response: 'json', sensitive: ['name'] } },
  },
  'v3.simulator.echo._value_': {
    path: '/v3/simulator/echo/{value}',
    methods: {
      post: { request: 'json', response: 'json', sensitive: ['contact.mobile', 'receivers[].name', 'ids[]'] },
    },
  },
};
const Client = defineWechatpay<UntypedApi>({ endpoints: table });

let config: WechatpayConfig;
beforeAll(() => {
  // A platform certificate's key besides the public key: the public key id is preferred for encryption.
  config = { ...session.config, certs: { [PLATFORM_SERIAL]: other.publicPem, [PUBLIC_KEY_ID]: platform.publicPem } };
});

const receiver = {
  appid: 'wx8888888888888888',
  type: 'PERSONAL_OPENID',
  account: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
  name: '张三',
  relation_type: 'STORE',
};

describe('sensitive fields', () => {
  it('the table used here is what the generator emits from spec/ for the receivers endpoints', async () => {
    const { files } = await generate(resolve(import.meta.dirname, '../../spec/openapi.yaml'));
    const emitted = JSON.parse(files.get('endpoints.json')!) as EndpointTable;
    for (const key of ['v3.profitsharing.receivers.add', 'v3.profitsharing.receivers.Delete'])
      expect(emitted[key]).toEqual(table[key]);
  });

  it('encrypts name to the WeChat Pay public key and names it in Wechatpay-Serial; the service decrypts it', async () => {
    const wxpay = new Client(config);
    const body = { ...receiver };
    const from = session.sim.requests.length;
    const { data } = await wxpay.v3.profitsharing.receivers.add.post(body);
    const sent = session.sim.requests[from]!;
    expect(sent.headers['wechatpay-serial']).toBe(PUBLIC_KEY_ID);
    expect(sent.body.toString('utf8')).not.toContain('张三');
    const wire = JSON.parse(sent.body.toString('utf8')) as Record<string, string>;
    expect(decryptWithPlatformKey(wire['name']!, platform.privateKey)).toBe('张三');
    expect({ ...wire, name: '张三' }).toEqual(receiver);
    // The simulator answered 200 only after decrypting it; its answer's name is encrypted to the merchant key.
    expect(wxpay.decrypt((data as { name: string }).name)).toBe('张三');
    expect(body).toEqual(receiver); // the caller's object is not changed
  });

  it('encrypts nested objects and arrays by path', async () => {
    const wxpay = new Client(config);
    const { data } = await wxpay.v3.simulator.echo._value_.post(
      {
        contact: { mobile: '13800138000', email: 'a@example.com' },
        receivers: [{ name: '李四', account: '1' }, { name: '王五' }],
        ids: ['110', '120'],
      },
      { value: 'x' },
    );
    const { body } = data as {
      body: { contact: Record<string, string>; receivers: Record<string, string>[]; ids: string[] };
    };
    const open = (text: string | undefined) => decryptWithPlatformKey(text!, platform.privateKey);
    expect(open(body.contact['mobile'])).toBe('13800138000');
    expect(body.contact['email']).toBe('a@example.com');
    expect(body.receivers.map((entry) => open(entry['name']))).toEqual(['李四', '王五']);
    expect(body.receivers[0]!['account']).toBe('1');
    expect(body.ids.map(open)).toEqual(['110', '120']);
  });

  it("a caller's Wechatpay-Serial (any case) picks the key; a wrong key is refused by the service", async () => {
    const wxpay = new Client(config);
    const from = session.sim.requests.length;
    await wxpay.v3.profitsharing.receivers.add.post(receiver, { headers: { 'wechatpay-serial': PUBLIC_KEY_ID } });
    expect(
      decryptWithPlatformKey(
        (JSON.parse(session.sim.requests[from]!.body.toString()) as { name: string }).name,
        platform.privateKey,
      ),
    ).toBe('张三');
    // Encrypted to the other key, as the header says: the service cannot decrypt it and says so.
    const error = await rejection(
      wxpay.v3.profitsharing.receivers.add.post(receiver, { headers: { 'Wechatpay-Serial': PLATFORM_SERIAL } }),
    );
    expect((error as Error).message).toMatch(/^WeChat Pay answered 400 PARAM_ERROR: Wechatpay-Serial/);
  });

  it('a serial the key store does not know, or a store that cannot choose, throws before anything is sent', async () => {
    const wxpay = new Client(config);
    const from = session.sim.requests.length;
    const unknown = await rejection(
      wxpay.v3.profitsharing.receivers.add.post(receiver, { headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0000' } }),
    );
    expect(unknown).toBeInstanceOf(WechatpayError);
    expect((unknown as Error).message).toMatch(/no WeChat Pay public key for the Wechatpay-Serial PUB_KEY_ID_0000/);
    const bare = new Client({
      ...config,
      certs: undefined,
      keyStore: { get: (serial) => new StaticPublicKeyStore([[PUBLIC_KEY_ID, platform.publicKey]]).get(serial) },
    });
    const unchosen = await rejection(bare.v3.profitsharing.receivers.add.post(receiver));
    expect((unchosen as Error).message).toMatch(/has sensitive fields: give a WeChat Pay public key/);
    expect(session.sim.requests.length).toBe(from);
  });

  it('JSON text is sent as given (already encrypted by the caller), and other endpoints are left alone', async () => {
    const wxpay = new Client(config);
    const from = session.sim.requests.length;
    const text = JSON.stringify({ ...receiver, name: encryptSensitive('张三', platform.publicPem) });
    await wxpay.v3.profitsharing.receivers.add.post(text, { headers: { 'Wechatpay-Serial': PUBLIC_KEY_ID } });
    expect(session.sim.requests[from]!.body.toString('utf8')).toBe(text);
    await wxpay.v3.profitsharing.receivers.Delete.post({
      appid: receiver.appid,
      type: receiver.type,
      account: receiver.account,
    });
    expect(session.sim.requests[from + 1]!.headers['wechatpay-serial']).toBeUndefined();
  });
});
