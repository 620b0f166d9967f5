// Generated from the OpenAPI spec by wechatpay-openapi-generator. Do not edit.
import type { AxiosPromise, AxiosRequestConfig } from "axios";
import type { ReadStream } from "fs";

export declare namespace WeChatPay.OpenAPI.V3 {
  export interface Bill {
    fundflowbill: Bill.Fundflowbill;
    tradebill: Bill.Tradebill;
  }

  export interface Billdownload {
    file: Billdownload.File;
  }

  export interface Certificates {
    /**
     * 获取平台证书列表
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml
     */
    get(config?: Certificates.GetHttpMethod.RequestConfig): AxiosPromise<Certificates.GetHttpMethod.WellformedResponse>;
  }

  export interface CombineTransactions {
    jsapi: CombineTransactions.Jsapi;
    outTradeNo: CombineTransactions.OutTradeNo;
  }

  export interface Ecommerce {
    subsidies: Ecommerce.Subsidies;
  }

  export interface FundApp {
    mchTransfer: FundApp.MchTransfer;
  }

  export interface Merchant {
    media: Merchant.Media;
  }

  export interface Pay {
    partner: Pay.Partner;
    transactions: Pay.Transactions;
  }

  export interface Profitsharing {
    bills: Profitsharing.Bills;
    merchantConfigs: Profitsharing.MerchantConfigs;
    orders: Profitsharing.Orders;
    receivers: Profitsharing.Receivers;
    returnOrders: Profitsharing.ReturnOrders;
    transactions: Profitsharing.Transactions;
  }

  export interface Refund {
    domestic: Refund.Domestic;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Bill {
  export interface Fundflowbill {
    /**
     * 申请资金账单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_2.shtml
     */
    get(config: Fundflowbill.GetHttpMethod.RequestConfig): AxiosPromise<Fundflowbill.GetHttpMethod.WellformedResponse>;
  }

  export interface Tradebill {
    /**
     * 申请交易账单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_1.shtml
     */
    get(config: Tradebill.GetHttpMethod.RequestConfig): AxiosPromise<Tradebill.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Bill.Fundflowbill.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    params: {
      /**
       * 账单日期，格式 yyyy-MM-dd，仅支持三个月内的账单
       * @example 2019-06-11
       */
      bill_date: string;
      /**
       * 资金账户类型：BASIC 基本账户，OPERATION 运营账户，FEES 手续费账户；不填为基本账户
       * @example BASIC
       */
      account_type?: "BASIC" | "OPERATION" | "FEES";
      /**
       * 压缩类型，不填则返回数据流
       * @example GZIP
       */
      tar_type?: "GZIP";
    };
  }

  export interface WellformedResponse {
    /**
     * 原始账单（gzip 前）的摘要算法
     * @example SHA1
     */
    hash_type: "SHA1";
    /**
     * 原始账单（gzip 前）的摘要值，用于校验下载的文件
     * @example 79bb0f45fc4c42234a918000b2668d689e2bde04
     */
    hash_value: string;
    /**
     * 账单下载地址，5 分钟内有效
     * @example https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx
     */
    download_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Bill.Tradebill.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    params: {
      /**
       * 账单日期，格式 yyyy-MM-dd，仅支持三个月内的账单
       * @example 2019-06-11
       */
      bill_date: string;
      /**
       * 子商户号，服务商申请单个子商户账单时填写
       * @example 1900000001
       */
      sub_mchid?: string;
      /**
       * 账单类型：ALL 所有订单（不含充值退款），SUCCESS 成功支付的订单，REFUND 退款订单，RECHARGE_REFUND 充值退款订单，ALL_SPECIAL、SUC_SPECIAL、REF_SPECIAL 个性化账单
       * @example ALL
       */
      bill_type?: "ALL" | "SUCCESS" | "REFUND" | "RECHARGE_REFUND" | "ALL_SPECIAL" | "SUC_SPECIAL" | "REF_SPECIAL";
      /**
       * 压缩类型，不填则返回数据流
       * @example GZIP
       */
      tar_type?: "GZIP";
    };
  }

  export interface WellformedResponse {
    /**
     * 原始账单（gzip 前）的摘要算法
     * @example SHA1
     */
    hash_type: "SHA1";
    /**
     * 原始账单（gzip 前）的摘要值，用于校验下载的文件
     * @example 79bb0f45fc4c42234a918000b2668d689e2bde04
     */
    hash_value: string;
    /**
     * 账单下载地址，5 分钟内有效
     * @example https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx
     */
    download_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Billdownload {
  export interface File {
    /**
     * 下载账单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/bill/chapter3_3.shtml
     */
    get(config: File.GetHttpMethod.RequestConfig): AxiosPromise<File.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Billdownload.File.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    params: {
      /**
       * 下载令牌，取自 download_url
       * @example 6XIv5TUPto7pByrTQKhd6kwvyKLG2uY2wMMR8cNXqaA_Cv_isgaUtBzp4QtiozLO
       */
      token: string;
      /**
       * 压缩格式，取自 download_url；不填时下载未压缩的文件
       * @example GZIP
       */
      tartype?: "GZIP";
    };
  }

  export interface WellformedResponse extends ReadStream {}
}

export declare namespace WeChatPay.OpenAPI.V3.Certificates.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    params?: {
      /**
       * 证书的算法：RSA（不填时的默认）、SM2 国密，或 ALL 两者都要
       * @example ALL
       */
      algorithm_type?: "RSA" | "SM2" | "ALL";
    };
  }

  export interface WellformedResponse {
    /** 平台证书列表 */
    data: {
      /**
       * 平台证书序列号
       * @example 5157F09EFDC096DE15EBE81A47057A7232F1B8E1
       */
      serial_no: string;
      /**
       * 证书启用时间，遵循 RFC 3339 格式
       * @example 2018-06-08T10:34:56+08:00
       */
      effective_time: string;
      /**
       * 证书弃用时间，遵循 RFC 3339 格式
       * @example 2018-12-08T10:34:56+08:00
       */
      expire_time: string;
      /**
       * 加密的证书
       */
      encrypt_certificate: {
        /**
         * 加密算法
         * @example AEAD_AES_256_GCM
         */
        algorithm: "AEAD_AES_256_GCM";
        /**
         * 加密所用的随机串
         * @example 61f9c719728a
         */
        nonce: string;
        /**
         * 附加数据
         * @example certificate
         */
        associated_data: string;
        /**
         * Base64 编码的密文
         * @example ZXhhbXBsZSBjaXBoZXJ0ZXh0
         */
        ciphertext: string;
      };
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions {
  export interface Jsapi {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_2.shtml
     */
    (
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
    /**
     * 合单下单-JSAPI支付API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_2.shtml
     */
    post(
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
  }

  export interface OutTradeNo {
    _combine_out_trade_no_: OutTradeNo._combine_out_trade_no_;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions.Jsapi.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 合单发起方的应用 ID
     * @example wxd678efh567hg6787
     */
    combine_appid: string;
    /**
     * 合单发起方商户号
     * @example 1900000109
     */
    combine_mchid: string;
    /**
     * 合单商户订单号，商户系统内唯一
     * @example P20150806125346
     */
    combine_out_trade_no: string;
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example POS1:1
       */
      device_id?: string;
      /**
       * 用户终端 IP
       * @example 14.17.22.32
       */
      payer_client_ip: string;
    };
    /** 子单列表 */
    sub_orders: {
      /**
       * 子单发起方商户号
       * @example 1230000109
       */
      mchid: string;
      /**
       * 附加数据，查询和支付通知中原样返回
       * @example 深圳分店
       */
      attach: string;
      /**
       * 子单金额
       */
      amount: {
        /**
         * 子单金额，单位为分
         * @example 10
         */
        total_amount: number;
        /**
         * 货币类型，境内商户号仅支持人民币 CNY
         * @example CNY
         */
        currency: string;
      };
      /**
       * 子单商户订单号
       * @example 20150806125346
       */
      out_trade_no: string;
      /**
       * 订单优惠标记
       * @example WXG
       */
      goods_tag?: string;
      /**
       * 二级商户号（电商平台合单时必填）
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 二级商户应用 ID
       * @example wxd678efh567hg6999
       */
      sub_appid?: string;
      /**
       * 商品描述
       * @example 腾讯充值中心-QQ会员充值
       */
      description: string;
      /**
       * 结算信息
       */
      settle_info?: {
        /**
         * 是否指定分账
         * @example false
         */
        profit_sharing?: boolean;
        /**
         * 补差金额，单位为分
         * @example 10
         */
        subsidy_amount?: number;
      };
    }[];
    /** 支付者 */
    combine_payer_info: {
      /**
       * 用户在合单发起方 appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      openid: string;
    };
    /**
     * 交易起始时间，遵循 RFC 3339 格式
     * @example 2019-12-31T15:59:59+08:00
     */
    time_start?: string | Date;
    /**
     * 交易结束时间，遵循 RFC 3339 格式
     * @example 2019-12-31T16:59:59+08:00
     */
    time_expire?: string | Date;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://yourapp.com/notify
     */
    notify_url: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 预支付交易会话标识，有效期 2 小时
     * @example wx201410272009395522657a690389285100
     */
    prepay_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions.OutTradeNo {
  export interface _combine_out_trade_no_ {
    close: _combine_out_trade_no_.Close;
    /**
     * 合单查询订单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_3.shtml
     */
    get(
      config: _combine_out_trade_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_combine_out_trade_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions.OutTradeNo._combine_out_trade_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 合单商户订单号
     * @example P20150806125346
     */
    combine_out_trade_no: string;
  }

  export interface WellformedResponse {
    /**
     * 合单发起方的应用 ID
     * @example wxd678efh567hg6787
     */
    combine_appid: string;
    /**
     * 合单发起方商户号
     * @example 1900000109
     */
    combine_mchid: string;
    /**
     * 合单商户订单号
     * @example P20150806125346
     */
    combine_out_trade_no: string;
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example POS1:1
       */
      device_id?: string;
    };
    /** 子单列表 */
    sub_orders?: {
      /**
       * 子单发起方商户号
       * @example 1230000109
       */
      mchid: string;
      /**
       * 交易类型：JSAPI 公众号支付，NATIVE 扫码支付，APP APP 支付，MICROPAY 付款码支付，MWEB H5 支付，FACEPAY 刷脸支付
       * @example JSAPI
       */
      trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
      /**
       * 交易状态：SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，REVOKED 已撤销（仅付款码支付），USERPAYING 用户支付中（仅付款码支付），PAYERROR 支付失败
       * @example SUCCESS
       */
      trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
      /**
       * 付款银行类型
       * @example CMC
       */
      bank_type?: string;
      /**
       * 附加数据
       * @example 深圳分店
       */
      attach: string;
      /**
       * 支付完成时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35+08:00
       */
      success_time?: string;
      /**
       * 微信支付订单号
       * @example 1009660380201506130728806387
       */
      transaction_id?: string;
      /**
       * 子单商户订单号
       * @example 20150806125346
       */
      out_trade_no: string;
      /**
       * 二级商户号
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 二级商户应用 ID
       * @example wxd678efh567hg6999
       */
      sub_appid?: string;
      /**
       * 用户在二级商户 sub_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sub_openid?: string;
      /**
       * 子单金额信息
       */
      amount: {
        /**
         * 子单金额，单位为分
         * @example 10
         */
        total_amount: number;
        /**
         * 用户实际支付金额，单位为分
         * @example 10
         */
        payer_amount?: number;
        /**
         * 货币类型
         * @example CNY
         */
        currency: string;
        /**
         * 用户支付币种
         * @example CNY
         */
        payer_currency?: string;
      };
      /**
       * 优惠功能，享受优惠时返回
       */
      promotion_detail?: {
        /**
         * 券 ID
         * @example 109519
         */
        coupon_id: string;
        /**
         * 优惠名称
         * @example 单品惠-6
         */
        name?: string;
        /**
         * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
         * @example GLOBAL
         */
        scope?: "GLOBAL" | "SINGLE";
        /**
         * 优惠类型：CASH 充值型代金券，NOCASH 免充值型代金券
         * @example CASH
         */
        type?: "CASH" | "NOCASH";
        /**
         * 优惠券面额，单位为分
         * @example 100
         */
        amount: number;
        /**
         * 活动 ID
         * @example 931386
         */
        stock_id?: string;
        /**
         * 微信出资，单位为分
         * @example 0
         */
        wechatpay_contribute?: number;
        /**
         * 商户出资，单位为分
         * @example 0
         */
        merchant_contribute?: number;
        /**
         * 其他出资，单位为分
         * @example 0
         */
        other_contribute?: number;
        /**
         * 优惠币种
         * @example CNY
         */
        currency?: string;
        /**
         * 单品列表
         */
        goods_detail?: {
          /**
           * 商品编码
           * @example M1006
           */
          goods_id: string;
          /**
           * 商品数量
           * @example 1
           */
          quantity: number;
          /**
           * 商品单价，单位为分
           * @example 100
           */
          unit_price: number;
          /**
           * 商品优惠金额，单位为分
           * @example 0
           */
          discount_amount: number;
          /**
           * 商品备注
           * @example 商品备注信息
           */
          goods_remark?: string;
        }[];
      }[];
    }[];
    /** 支付者 */
    combine_payer_info?: {
      /**
       * 用户在合单发起方 appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      openid?: string;
    };
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions.OutTradeNo._combine_out_trade_no_ {
  export interface Close {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_4.shtml
     */
    (
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
    /**
     * 合单关闭订单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_4.shtml
     */
    post(
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.CombineTransactions.OutTradeNo._combine_out_trade_no_.Close.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 合单发起方的应用 ID
     * @example wxd678efh567hg6787
     */
    combine_appid: string;
    /** 要关闭的子单列表 */
    sub_orders: {
      /**
       * 子单商户号
       * @example 1900000109
       */
      mchid: string;
      /**
       * 子单商户订单号
       * @example 20150806125346
       */
      out_trade_no: string;
      /**
       * 二级商户号
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 二级商户应用 ID
       * @example wxd678efh567hg6999
       */
      sub_appid?: string;
    }[];
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /**
     * 合单商户订单号
     * @example P20150806125346
     */
    combine_out_trade_no: string;
  }

  export interface WellformedResponse {}
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce {
  export interface Subsidies {
    cancel: Subsidies.Cancel;
    create: Subsidies.Create;
    return: Subsidies.Return;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce.Subsidies {
  export interface Cancel {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_3.shtml
     */
    (
      data: Cancel.PostHttpMethod.JsonDataRequest,
      config?: Cancel.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Cancel.PostHttpMethod.WellformedResponse>;
    /**
     * 取消补差API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_3.shtml
     */
    post(
      data: Cancel.PostHttpMethod.JsonDataRequest,
      config?: Cancel.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Cancel.PostHttpMethod.WellformedResponse>;
  }

  export interface Create {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_1.shtml
     */
    (
      data: Create.PostHttpMethod.JsonDataRequest,
      config?: Create.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Create.PostHttpMethod.WellformedResponse>;
    /**
     * 请求补差API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_1.shtml
     */
    post(
      data: Create.PostHttpMethod.JsonDataRequest,
      config?: Create.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Create.PostHttpMethod.WellformedResponse>;
  }

  export interface Return {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_2.shtml
     */
    (
      data: Return.PostHttpMethod.JsonDataRequest,
      config?: Return.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Return.PostHttpMethod.WellformedResponse>;
    /**
     * 请求补差回退API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_2.shtml
     */
    post(
      data: Return.PostHttpMethod.JsonDataRequest,
      config?: Return.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Return.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce.Subsidies.Cancel.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 取消补差的描述
     * @example 订单退款
     */
    description: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 取消补差结果：SUCCESS 成功，FAIL 失败
     * @example SUCCESS
     */
    result: "SUCCESS" | "FAIL";
    /**
     * 取消补差的描述
     * @example 订单退款
     */
    description: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce.Subsidies.Create.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 补差金额，单位为分，不超过下单时的最大补差金额
     * @example 10
     */
    amount: number;
    /**
     * 补差描述
     * @example 测试备注
     */
    description: string;
    /**
     * 微信退款单号，订单退款后补差时填写
     * @example 3008450740201411110007820472
     */
    refund_id?: string;
    /**
     * 商户补差单号，商户系统内唯一
     * @example P20150806125346
     */
    out_subsidy_no: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 微信补差单号
     * @example 3008450740201411110007820472
     */
    subsidy_id: string;
    /**
     * 补差描述
     * @example 测试备注
     */
    description: string;
    /**
     * 补差金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 补差单结果：SUCCESS 成功，FAIL 失败，REFUND 已退回
     * @example SUCCESS
     */
    result: "SUCCESS" | "FAIL" | "REFUND";
    /**
     * 补差完成时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    success_time: string;
    /**
     * 商户补差单号
     * @example P20150806125346
     */
    out_subsidy_no?: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce.Subsidies.Return.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商户补差单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 微信退款单号
     * @example 3008450740201411110007820472
     */
    refund_id: string;
    /**
     * 补差回退金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 补差回退描述
     * @example 补差回退
     */
    description: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 二级商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 微信补差回退单号
     * @example 3008450740201411110007820472
     */
    subsidy_refund_id: string;
    /**
     * 微信退款单号
     * @example 3008450740201411110007820472
     */
    refund_id: string;
    /**
     * 商户补差单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 补差回退金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 补差回退描述
     * @example 补差回退
     */
    description: string;
    /**
     * 补差回退结果，如 SUCCESS、FAIL
     * @example SUCCESS
     */
    result: string;
    /**
     * 补差回退完成时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    success_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp {
  export interface MchTransfer {
    transferBills: MchTransfer.TransferBills;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer {
  export interface TransferBills {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/transfer-to-user.html
     */
    (
      data: TransferBills.PostHttpMethod.JsonDataRequest,
      config?: TransferBills.PostHttpMethod.RequestConfig,
    ): AxiosPromise<TransferBills.PostHttpMethod.WellformedResponse>;
    outBillNo: TransferBills.OutBillNo;
    transferBillNo: TransferBills.TransferBillNo;
    /**
     * 发起转账
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/transfer-to-user.html
     */
    post(
      data: TransferBills.PostHttpMethod.JsonDataRequest,
      config?: TransferBills.PostHttpMethod.RequestConfig,
    ): AxiosPromise<TransferBills.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 商户 appid，须与商户号绑定
     * @example wxf636efh567hg4356
     */
    appid: string;
    /**
     * 商户单号，商户系统内唯一
     * @example plfk2020042013
     */
    out_bill_no: string;
    /**
     * 转账场景 ID，在商户平台申请
     * @example 1000
     */
    transfer_scene_id: string;
    /**
     * 收款用户在 appid 下的 openid
     * @example o-MYE42l80oelYMDE34nYD456Xoy
     */
    openid: string;
    /**
     * 收款用户姓名，以微信支付公钥加密；金额达 2000 元时必填
     * @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45
     */
    user_name?: string;
    /**
     * 转账金额，单位为分
     * @example 400000
     */
    transfer_amount: number;
    /**
     * 转账备注，用户收款时可见
     * @example 新会员开通有礼
     */
    transfer_remark: string;
    /**
     * 转账结果通知地址
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url?: string;
    /**
     * 用户收款时看到的收款原因
     * @example 现金奖励
     */
    user_recv_perception?: string;
    /** 转账场景报备信息 */
    transfer_scene_report_infos: {
      /**
       * 报备信息类型，按转账场景的规定填写
       * @example 活动名称
       */
      info_type: string;
      /**
       * 报备信息内容
       * @example 新会员有礼
       */
      info_content: string;
    }[];
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    headers?: {
      /**
       * 加密敏感字段所用的微信支付公钥 ID 或平台证书序列号，请求含加密字段时必填
       * @example PUB_KEY_ID_0119000001092025010100000000000001
       */
      "Wechatpay-Serial"?: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
    /**
     * 微信转账单号
     * @example 1330000071100999991182020050700019480001
     */
    transfer_bill_no: string;
    /**
     * 单据创建时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    create_time: string;
    /**
     * 转账单状态：ACCEPTED 转账已受理，PROCESSING 转账锁定资金中，WAIT_USER_CONFIRM 待收款用户确认，TRANSFERING 转账中，SUCCESS 转账成功，FAIL 转账失败，CANCELING 撤销中，CANCELLED 已撤销
     * @example SUCCESS
     */
    state:
      "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
    /**
     * 失败原因，转账失败时返回
     * @example PAYEE_ACCOUNT_ABNORMAL
     */
    fail_reason?: string;
    /**
     * 拉起用户确认收款页面所需的参数，状态为 WAIT_USER_CONFIRM 时返回
     * @example affffddafdfafddffda==
     */
    package_info?: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills {
  export interface OutBillNo {
    _out_bill_no_: OutBillNo._out_bill_no_;
  }

  export interface TransferBillNo {
    _transfer_bill_no_: TransferBillNo._transfer_bill_no_;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.OutBillNo {
  export interface _out_bill_no_ {
    cancel: _out_bill_no_.Cancel;
    /**
     * 商户单号查询转账单
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-out-no.html
     */
    get(
      config: _out_bill_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_bill_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.OutBillNo._out_bill_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
  }

  export interface WellformedResponse {
    /**
     * 商户号
     * @example 1900001109
     */
    mch_id: string;
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
    /**
     * 微信转账单号
     * @example 1330000071100999991182020050700019480001
     */
    transfer_bill_no: string;
    /**
     * 应用 ID
     * @example wxf636efh567hg4356
     */
    appid: string;
    /**
     * 转账单状态：ACCEPTED 转账已受理，PROCESSING 转账锁定资金中，WAIT_USER_CONFIRM 待收款用户确认，TRANSFERING 转账中，SUCCESS 转账成功，FAIL 转账失败，CANCELING 撤销中，CANCELLED 已撤销
     * @example SUCCESS
     */
    state:
      "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
    /**
     * 转账金额，单位为分
     * @example 400000
     */
    transfer_amount: number;
    /**
     * 转账备注
     * @example 新会员开通有礼
     */
    transfer_remark: string;
    /**
     * 失败原因，转账失败时返回
     * @example PAYEE_ACCOUNT_ABNORMAL
     */
    fail_reason?: string;
    /**
     * 收款用户在 appid 下的 openid
     * @example o-MYE42l80oelYMDE34nYD456Xoy
     */
    openid?: string;
    /**
     * 收款用户姓名（密文）
     * @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45
     */
    user_name?: string;
    /**
     * 单据创建时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    create_time: string;
    /**
     * 最后一次状态变更时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    update_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.OutBillNo._out_bill_no_ {
  export interface Cancel {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/cancel-transfer.html
     */
    (
      data: Cancel.PostHttpMethod.JsonDataRequest,
      config: Cancel.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Cancel.PostHttpMethod.WellformedResponse>;
    /**
     * 撤销转账
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/cancel-transfer.html
     */
    post(
      data: Cancel.PostHttpMethod.JsonDataRequest,
      config: Cancel.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Cancel.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.OutBillNo._out_bill_no_.Cancel.PostHttpMethod {
  export interface JsonDataRequest {}

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
  }

  export interface WellformedResponse {
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
    /**
     * 微信转账单号
     * @example 1330000071100999991182020050700019480001
     */
    transfer_bill_no: string;
    /**
     * 撤销后的状态：CANCELING 撤销中，CANCELLED 已撤销
     * @example CANCELING
     */
    state: "CANCELING" | "CANCELLED";
    /**
     * 最后一次状态变更时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    update_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.TransferBillNo {
  export interface _transfer_bill_no_ {
    /**
     * 微信转账单号查询转账单
     * @link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-no.html
     */
    get(
      config: _transfer_bill_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_transfer_bill_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.FundApp.MchTransfer.TransferBills.TransferBillNo._transfer_bill_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 微信转账单号
     * @example 1330000071100999991182020050700019480001
     */
    transfer_bill_no: string;
  }

  export interface WellformedResponse {
    /**
     * 商户号
     * @example 1900001109
     */
    mch_id: string;
    /**
     * 商户单号
     * @example plfk2020042013
     */
    out_bill_no: string;
    /**
     * 微信转账单号
     * @example 1330000071100999991182020050700019480001
     */
    transfer_bill_no: string;
    /**
     * 应用 ID
     * @example wxf636efh567hg4356
     */
    appid: string;
    /**
     * 转账单状态：ACCEPTED 转账已受理，PROCESSING 转账锁定资金中，WAIT_USER_CONFIRM 待收款用户确认，TRANSFERING 转账中，SUCCESS 转账成功，FAIL 转账失败，CANCELING 撤销中，CANCELLED 已撤销
     * @example SUCCESS
     */
    state:
      "ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING" | "SUCCESS" | "FAIL" | "CANCELING" | "CANCELLED";
    /**
     * 转账金额，单位为分
     * @example 400000
     */
    transfer_amount: number;
    /**
     * 转账备注
     * @example 新会员开通有礼
     */
    transfer_remark: string;
    /**
     * 失败原因，转账失败时返回
     * @example PAYEE_ACCOUNT_ABNORMAL
     */
    fail_reason?: string;
    /**
     * 收款用户在 appid 下的 openid
     * @example o-MYE42l80oelYMDE34nYD456Xoy
     */
    openid?: string;
    /**
     * 收款用户姓名（密文）
     * @example 757b340b45ebef5467rter35gf464344v3542sdf4t6re4tb4f54ty45t4yyry45
     */
    user_name?: string;
    /**
     * 单据创建时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    create_time: string;
    /**
     * 最后一次状态变更时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    update_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Merchant {
  export interface Media {
    upload: Media.Upload;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Merchant.Media {
  export interface Upload {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_1.shtml
     */
    (
      data?: Upload.PostHttpMethod.BinaryDataRequest,
      config?: Upload.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Upload.PostHttpMethod.WellformedResponse>;
    /**
     * 图片上传API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_1.shtml
     */
    post(
      data?: Upload.PostHttpMethod.BinaryDataRequest,
      config?: Upload.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Upload.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Merchant.Media.Upload.PostHttpMethod {
  export interface BinaryDataRequest {
    meta: string;
    file: ReadStream;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: BinaryDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 媒体文件标识
     * @example 6uqyGjGrCf2GtyXP8bxrbuH9-aAoTjH-rKeSl3Lf4_So6kdkQu4w8BYVP3bzLtvR38lxt4PjtCDXsQpzqge_hQEovHzOhsLleGFQVRF-U_0
     */
    media_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay {
  export interface Partner {
    transactions: Partner.Transactions;
  }

  export interface Transactions {
    app: Transactions.App;
    h5: Transactions.H5;
    id: Transactions.Id;
    jsapi: Transactions.Jsapi;
    native: Transactions.Native;
    outTradeNo: Transactions.OutTradeNo;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner {
  export interface Transactions {
    app: Transactions.App;
    h5: Transactions.H5;
    id: Transactions.Id;
    jsapi: Transactions.Jsapi;
    native: Transactions.Native;
    outTradeNo: Transactions.OutTradeNo;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions {
  export interface App {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter4_2_1.shtml
     */
    (
      data: App.PostHttpMethod.JsonDataRequest,
      config?: App.PostHttpMethod.RequestConfig,
    ): AxiosPromise<App.PostHttpMethod.WellformedResponse>;
    /**
     * APP下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter4_2_1.shtml
     */
    post(
      data: App.PostHttpMethod.JsonDataRequest,
      config?: App.PostHttpMethod.RequestConfig,
    ): AxiosPromise<App.PostHttpMethod.WellformedResponse>;
  }

  export interface H5 {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml
     */
    (
      data: H5.PostHttpMethod.JsonDataRequest,
      config?: H5.PostHttpMethod.RequestConfig,
    ): AxiosPromise<H5.PostHttpMethod.WellformedResponse>;
    /**
     * H5下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml
     */
    post(
      data: H5.PostHttpMethod.JsonDataRequest,
      config?: H5.PostHttpMethod.RequestConfig,
    ): AxiosPromise<H5.PostHttpMethod.WellformedResponse>;
  }

  export interface Id {
    _transaction_id_: Id._transaction_id_;
  }

  export interface Jsapi {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/docs/partner/apis/partner-jsapi-payment/partner-jsons/partner-jsapi-prepay.html
     */
    (
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
    /**
     * JSAPI下单API
     * @link https://pay.weixin.qq.com/docs/partner/apis/partner-jsapi-payment/partner-jsons/partner-jsapi-prepay.html
     */
    post(
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
  }

  export interface Native {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/docs/partner/apis/partner-native-payment/partner-jsons/partner-native-prepay.html
     */
    (
      data: Native.PostHttpMethod.JsonDataRequest,
      config?: Native.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Native.PostHttpMethod.WellformedResponse>;
    /**
     * Native下单API
     * @link https://pay.weixin.qq.com/docs/partner/apis/partner-native-payment/partner-jsons/partner-native-prepay.html
     */
    post(
      data: Native.PostHttpMethod.JsonDataRequest,
      config?: Native.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Native.PostHttpMethod.WellformedResponse>;
  }

  export interface OutTradeNo {
    _out_trade_no_: OutTradeNo._out_trade_no_;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.App.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 预支付交易会话标识，有效期 2 小时
     * @example wx201410272009395522657a690389285100
     */
    prepay_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.H5.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息，H5 支付须带 h5_info */
    scene_info: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
      /**
       * H5 场景信息
       */
      h5_info: {
        /**
         * 场景类型，如 iOS、Android、Wap
         * @example iOS
         */
        type: string;
        /**
         * 应用名称
         * @example 王者荣耀
         */
        app_name?: string;
        /**
         * 网站 URL
         * @example https://pay.qq.com
         */
        app_url?: string;
        /**
         * iOS 平台 BundleID
         * @example com.tencent.wzryiOS
         */
        bundle_id?: string;
        /**
         * Android 平台 PackageName
         * @example com.tencent.tmgp.sgame
         */
        package_name?: string;
      };
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 拉起微信支付收银台的中间页面 URL，有效期 5 分钟
     * @example https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx2916263004719461949c84457c735b0000&package=2150917749
     */
    h5_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.Id {
  export interface _transaction_id_ {
    /**
     * 微信支付订单号查询
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_5.shtml
     */
    get(
      config: _transaction_id_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_transaction_id_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.Id._transaction_id_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 微信支付订单号
     * @example 4200000000000000000000000000
     */
    transaction_id: string;
    params: {
      /**
       * 服务商户号
       * @example 1230000109
       */
      sp_mchid: string;
      /**
       * 子商户号
       * @example 1900000109
       */
      sub_mchid: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 微信支付订单号
     * @example 4200000000000000000000000000
     */
    transaction_id?: string;
    /**
     * 交易类型：JSAPI 公众号支付，NATIVE 扫码支付，APP APP 支付，MICROPAY 付款码支付，MWEB H5 支付，FACEPAY 刷脸支付
     * @example JSAPI
     */
    trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
    /**
     * 交易状态：SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，REVOKED 已撤销（仅付款码支付），USERPAYING 用户支付中（仅付款码支付），PAYERROR 支付失败
     * @example SUCCESS
     */
    trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
    /**
     * 交易状态描述
     * @example 支付成功
     */
    trade_state_desc: string;
    /**
     * 付款银行类型
     * @example CMC
     */
    bank_type?: string;
    /**
     * 商户下单时传入的附加数据
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付完成时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    success_time?: string;
    /** 支付者，sp_openid 与 sub_openid 二选一 */
    payer?: {
      /**
       * 用户在服务商 sp_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sp_openid?: string;
      /**
       * 用户在子商户 sub_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sub_openid?: string;
    };
    /** 订单金额信息 */
    amount?: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total?: number;
      /**
       * 用户实际支付金额，单位为分
       * @example 100
       */
      payer_total?: number;
      /**
       * 货币类型
       * @example CNY
       */
      currency?: string;
      /**
       * 用户支付币种
       * @example CNY
       */
      payer_currency?: string;
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
    };
    /** 优惠功能，享受优惠时返回 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      coupon_id: string;
      /**
       * 优惠名称
       * @example 单品惠-6
       */
      name?: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example GLOBAL
       */
      scope?: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：CASH 充值型代金券，NOCASH 免充值型代金券
       * @example CASH
       */
      type?: "CASH" | "NOCASH";
      /**
       * 优惠券面额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 活动 ID
       * @example 931386
       */
      stock_id?: string;
      /**
       * 微信出资，单位为分
       * @example 0
       */
      wechatpay_contribute?: number;
      /**
       * 商户出资，单位为分
       * @example 0
       */
      merchant_contribute?: number;
      /**
       * 其他出资，单位为分
       * @example 0
       */
      other_contribute?: number;
      /**
       * 优惠币种
       * @example CNY
       */
      currency?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商品编码
         * @example M1006
         */
        goods_id: string;
        /**
         * 商品数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 100
         */
        unit_price: number;
        /**
         * 商品优惠金额，单位为分
         * @example 0
         */
        discount_amount: number;
        /**
         * 商品备注
         * @example 商品备注信息
         */
        goods_remark?: string;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.Jsapi.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 支付者，sp_openid 与 sub_openid 二选一 */
    payer: {
      /**
       * 用户在服务商 sp_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sp_openid?: string;
      /**
       * 用户在子商户 sub_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sub_openid?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 预支付交易会话标识，有效期 2 小时
     * @example wx201410272009395522657a690389285100
     */
    prepay_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.Native.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 二维码链接，用于生成支付二维码，有效期 2 小时
     * @example weixin://wxpay/bizpayurl?pr=p4lpSuKzz
     */
    code_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.OutTradeNo {
  export interface _out_trade_no_ {
    close: _out_trade_no_.Close;
    /**
     * 商户订单号查询
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_5.shtml
     */
    get(
      config: _out_trade_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_trade_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.OutTradeNo._out_trade_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    params: {
      /**
       * 服务商户号
       * @example 1230000109
       */
      sp_mchid: string;
      /**
       * 子商户号
       * @example 1900000109
       */
      sub_mchid: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 服务商应用 ID
     * @example wx8888888888888888
     */
    sp_appid: string;
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户应用 ID
     * @example wxd678efh567hg6999
     */
    sub_appid?: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 微信支付订单号
     * @example 4200000000000000000000000000
     */
    transaction_id?: string;
    /**
     * 交易类型：JSAPI 公众号支付，NATIVE 扫码支付，APP APP 支付，MICROPAY 付款码支付，MWEB H5 支付，FACEPAY 刷脸支付
     * @example JSAPI
     */
    trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
    /**
     * 交易状态：SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，REVOKED 已撤销（仅付款码支付），USERPAYING 用户支付中（仅付款码支付），PAYERROR 支付失败
     * @example SUCCESS
     */
    trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
    /**
     * 交易状态描述
     * @example 支付成功
     */
    trade_state_desc: string;
    /**
     * 付款银行类型
     * @example CMC
     */
    bank_type?: string;
    /**
     * 商户下单时传入的附加数据
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付完成时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    success_time?: string;
    /** 支付者，sp_openid 与 sub_openid 二选一 */
    payer?: {
      /**
       * 用户在服务商 sp_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sp_openid?: string;
      /**
       * 用户在子商户 sub_appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      sub_openid?: string;
    };
    /** 订单金额信息 */
    amount?: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total?: number;
      /**
       * 用户实际支付金额，单位为分
       * @example 100
       */
      payer_total?: number;
      /**
       * 货币类型
       * @example CNY
       */
      currency?: string;
      /**
       * 用户支付币种
       * @example CNY
       */
      payer_currency?: string;
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
    };
    /** 优惠功能，享受优惠时返回 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      coupon_id: string;
      /**
       * 优惠名称
       * @example 单品惠-6
       */
      name?: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example GLOBAL
       */
      scope?: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：CASH 充值型代金券，NOCASH 免充值型代金券
       * @example CASH
       */
      type?: "CASH" | "NOCASH";
      /**
       * 优惠券面额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 活动 ID
       * @example 931386
       */
      stock_id?: string;
      /**
       * 微信出资，单位为分
       * @example 0
       */
      wechatpay_contribute?: number;
      /**
       * 商户出资，单位为分
       * @example 0
       */
      merchant_contribute?: number;
      /**
       * 其他出资，单位为分
       * @example 0
       */
      other_contribute?: number;
      /**
       * 优惠币种
       * @example CNY
       */
      currency?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商品编码
         * @example M1006
         */
        goods_id: string;
        /**
         * 商品数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 100
         */
        unit_price: number;
        /**
         * 商品优惠金额，单位为分
         * @example 0
         */
        discount_amount: number;
        /**
         * 商品备注
         * @example 商品备注信息
         */
        goods_remark?: string;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.OutTradeNo._out_trade_no_ {
  export interface Close {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_6.shtml
     */
    (
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
    /**
     * 关单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_6.shtml
     */
    post(
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Partner.Transactions.OutTradeNo._out_trade_no_.Close.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 服务商户号
     * @example 1230000109
     */
    sp_mchid: string;
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
  }

  export interface WellformedResponse {}
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions {
  export interface App {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_1.shtml
     */
    (
      data: App.PostHttpMethod.JsonDataRequest,
      config?: App.PostHttpMethod.RequestConfig,
    ): AxiosPromise<App.PostHttpMethod.WellformedResponse>;
    /**
     * APP下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_1.shtml
     */
    post(
      data: App.PostHttpMethod.JsonDataRequest,
      config?: App.PostHttpMethod.RequestConfig,
    ): AxiosPromise<App.PostHttpMethod.WellformedResponse>;
  }

  export interface H5 {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml
     */
    (
      data: H5.PostHttpMethod.JsonDataRequest,
      config?: H5.PostHttpMethod.RequestConfig,
    ): AxiosPromise<H5.PostHttpMethod.WellformedResponse>;
    /**
     * H5下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml
     */
    post(
      data: H5.PostHttpMethod.JsonDataRequest,
      config?: H5.PostHttpMethod.RequestConfig,
    ): AxiosPromise<H5.PostHttpMethod.WellformedResponse>;
  }

  export interface Id {
    _transaction_id_: Id._transaction_id_;
  }

  export interface Jsapi {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_2.shtml
     */
    (
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
    /**
     * JSAPI下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_2.shtml
     */
    post(
      data: Jsapi.PostHttpMethod.JsonDataRequest,
      config?: Jsapi.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Jsapi.PostHttpMethod.WellformedResponse>;
  }

  export interface Native {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_3.shtml
     */
    (
      data: Native.PostHttpMethod.JsonDataRequest,
      config?: Native.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Native.PostHttpMethod.WellformedResponse>;
    /**
     * Native下单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_3.shtml
     */
    post(
      data: Native.PostHttpMethod.JsonDataRequest,
      config?: Native.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Native.PostHttpMethod.WellformedResponse>;
  }

  export interface OutTradeNo {
    _out_trade_no_: OutTradeNo._out_trade_no_;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.App.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 应用 ID，须与 mchid 有绑定关系
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 预支付交易会话标识，有效期 2 小时
     * @example wx201410272009395522657a690389285100
     */
    prepay_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.H5.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 应用 ID，须与 mchid 有绑定关系
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息，H5 支付须带 h5_info */
    scene_info: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
      /**
       * H5 场景信息
       */
      h5_info: {
        /**
         * 场景类型，如 iOS、Android、Wap
         * @example iOS
         */
        type: string;
        /**
         * 应用名称
         * @example 王者荣耀
         */
        app_name?: string;
        /**
         * 网站 URL
         * @example https://pay.qq.com
         */
        app_url?: string;
        /**
         * iOS 平台 BundleID
         * @example com.tencent.wzryiOS
         */
        bundle_id?: string;
        /**
         * Android 平台 PackageName
         * @example com.tencent.tmgp.sgame
         */
        package_name?: string;
      };
    };
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 拉起微信支付收银台的中间页面 URL，有效期 5 分钟
     * @example https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx2916263004719461949c84457c735b0000&package=2150917749
     */
    h5_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.Id {
  export interface _transaction_id_ {
    /**
     * 微信支付订单号查询
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_5.shtml
     */
    get(
      config: _transaction_id_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_transaction_id_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.Id._transaction_id_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id: string;
    params: {
      /**
       * 直连商户号
       * @example 1230000109
       */
      mchid: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 应用 ID
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id?: string;
    /**
     * 交易类型：JSAPI 公众号支付，NATIVE 扫码支付，APP APP 支付，MICROPAY 付款码支付，MWEB H5 支付，FACEPAY 刷脸支付
     * @example JSAPI
     */
    trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
    /**
     * 交易状态：SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，REVOKED 已撤销（仅付款码支付），USERPAYING 用户支付中（仅付款码支付），PAYERROR 支付失败
     * @example SUCCESS
     */
    trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
    /**
     * 交易状态描述
     * @example 支付成功
     */
    trade_state_desc: string;
    /**
     * 付款银行类型
     * @example CMC
     */
    bank_type?: string;
    /**
     * 商户下单时传入的附加数据
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付完成时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    success_time?: string;
    /** 支付者 */
    payer?: {
      /**
       * 用户在商户 appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      openid?: string;
    };
    /** 订单金额信息 */
    amount?: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total?: number;
      /**
       * 用户实际支付金额，单位为分
       * @example 100
       */
      payer_total?: number;
      /**
       * 货币类型
       * @example CNY
       */
      currency?: string;
      /**
       * 用户支付币种
       * @example CNY
       */
      payer_currency?: string;
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
    };
    /** 优惠功能，享受优惠时返回 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      coupon_id: string;
      /**
       * 优惠名称
       * @example 单品惠-6
       */
      name?: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example GLOBAL
       */
      scope?: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：CASH 充值型代金券，NOCASH 免充值型代金券
       * @example CASH
       */
      type?: "CASH" | "NOCASH";
      /**
       * 优惠券面额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 活动 ID
       * @example 931386
       */
      stock_id?: string;
      /**
       * 微信出资，单位为分
       * @example 0
       */
      wechatpay_contribute?: number;
      /**
       * 商户出资，单位为分
       * @example 0
       */
      merchant_contribute?: number;
      /**
       * 其他出资，单位为分
       * @example 0
       */
      other_contribute?: number;
      /**
       * 优惠币种
       * @example CNY
       */
      currency?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商品编码
         * @example M1006
         */
        goods_id: string;
        /**
         * 商品数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 100
         */
        unit_price: number;
        /**
         * 商品优惠金额，单位为分
         * @example 0
         */
        discount_amount: number;
        /**
         * 商品备注
         * @example 商品备注信息
         */
        goods_remark?: string;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.Jsapi.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 应用 ID，须与 mchid 有绑定关系
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 支付者 */
    payer: {
      /**
       * 用户在商户 appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      openid: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 预支付交易会话标识，有效期 2 小时
     * @example wx201410272009395522657a690389285100
     */
    prepay_id: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.Native.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 应用 ID，须与 mchid 有绑定关系
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商品描述
     * @example Image形象店-深圳腾大-QQ公仔
     */
    description: string;
    /**
     * 商户订单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 支付结束时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    time_expire?: string | Date;
    /**
     * 附加数据，查询和支付通知中原样返回
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付结果通知地址，须为外网可访问的 HTTPS URL
     * @example https://www.weixin.qq.com/wxpay/pay.php
     */
    notify_url: string;
    /**
     * 订单优惠标记
     * @example WXG
     */
    goods_tag?: string;
    /**
     * 是否开启电子发票入口
     * @example false
     */
    support_fapiao?: boolean;
    /** 订单金额 */
    amount: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total: number;
      /**
       * 货币类型，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency?: string;
    };
    /** 单品优惠信息 */
    detail?: {
      /**
       * 订单原价，单位为分
       * @example 608800
       */
      cost_price?: number;
      /**
       * 商家小票 ID
       * @example 微信123
       */
      invoice_id?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example ABC
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 购买数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
      }[];
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 用户终端 IP，IPv4 或 IPv6
       * @example 14.23.150.211
       */
      payer_client_ip: string;
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
      /**
       * 门店信息
       */
      store_info?: {
        /**
         * 商户侧门店编号
         * @example 0001
         */
        id: string;
        /**
         * 门店名称
         * @example 腾讯大厦分店
         */
        name?: string;
        /**
         * 门店所在地区编码
         * @example 440305
         */
        area_code?: string;
        /**
         * 门店详细地址
         * @example 广东省深圳市南山区科技中一道10000号
         */
        address?: string;
      };
    };
    /** 结算信息 */
    settle_info?: {
      /**
       * 是否指定分账
       * @example false
       */
      profit_sharing?: boolean;
    };
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 二维码链接，用于生成支付二维码，有效期 2 小时
     * @example weixin://wxpay/bizpayurl?pr=p4lpSuKzz
     */
    code_url: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.OutTradeNo {
  export interface _out_trade_no_ {
    close: _out_trade_no_.Close;
    /**
     * 商户订单号查询
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_5.shtml
     */
    get(
      config: _out_trade_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_trade_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.OutTradeNo._out_trade_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    params: {
      /**
       * 直连商户号
       * @example 1230000109
       */
      mchid: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 应用 ID
     * @example wxd678efh567hg6787
     */
    appid: string;
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id?: string;
    /**
     * 交易类型：JSAPI 公众号支付，NATIVE 扫码支付，APP APP 支付，MICROPAY 付款码支付，MWEB H5 支付，FACEPAY 刷脸支付
     * @example JSAPI
     */
    trade_type?: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
    /**
     * 交易状态：SUCCESS 支付成功，REFUND 转入退款，NOTPAY 未支付，CLOSED 已关闭，REVOKED 已撤销（仅付款码支付），USERPAYING 用户支付中（仅付款码支付），PAYERROR 支付失败
     * @example SUCCESS
     */
    trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
    /**
     * 交易状态描述
     * @example 支付成功
     */
    trade_state_desc: string;
    /**
     * 付款银行类型
     * @example CMC
     */
    bank_type?: string;
    /**
     * 商户下单时传入的附加数据
     * @example 自定义数据
     */
    attach?: string;
    /**
     * 支付完成时间，遵循 RFC 3339 格式
     * @example 2018-06-08T10:34:56+08:00
     */
    success_time?: string;
    /** 支付者 */
    payer?: {
      /**
       * 用户在商户 appid 下的唯一标识
       * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
       */
      openid?: string;
    };
    /** 订单金额信息 */
    amount?: {
      /**
       * 订单总金额，单位为分
       * @example 100
       */
      total?: number;
      /**
       * 用户实际支付金额，单位为分
       * @example 100
       */
      payer_total?: number;
      /**
       * 货币类型
       * @example CNY
       */
      currency?: string;
      /**
       * 用户支付币种
       * @example CNY
       */
      payer_currency?: string;
    };
    /** 支付场景信息 */
    scene_info?: {
      /**
       * 商户端设备号
       * @example 013467007045764
       */
      device_id?: string;
    };
    /** 优惠功能，享受优惠时返回 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      coupon_id: string;
      /**
       * 优惠名称
       * @example 单品惠-6
       */
      name?: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example GLOBAL
       */
      scope?: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：CASH 充值型代金券，NOCASH 免充值型代金券
       * @example CASH
       */
      type?: "CASH" | "NOCASH";
      /**
       * 优惠券面额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 活动 ID
       * @example 931386
       */
      stock_id?: string;
      /**
       * 微信出资，单位为分
       * @example 0
       */
      wechatpay_contribute?: number;
      /**
       * 商户出资，单位为分
       * @example 0
       */
      merchant_contribute?: number;
      /**
       * 其他出资，单位为分
       * @example 0
       */
      other_contribute?: number;
      /**
       * 优惠币种
       * @example CNY
       */
      currency?: string;
      /**
       * 单品列表
       */
      goods_detail?: {
        /**
         * 商品编码
         * @example M1006
         */
        goods_id: string;
        /**
         * 商品数量
         * @example 1
         */
        quantity: number;
        /**
         * 商品单价，单位为分
         * @example 100
         */
        unit_price: number;
        /**
         * 商品优惠金额，单位为分
         * @example 0
         */
        discount_amount: number;
        /**
         * 商品备注
         * @example 商品备注信息
         */
        goods_remark?: string;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.OutTradeNo._out_trade_no_ {
  export interface Close {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_6.shtml
     */
    (
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
    /**
     * 关单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_6.shtml
     */
    post(
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions.OutTradeNo._out_trade_no_.Close.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 直连商户号
     * @example 1230000109
     */
    mchid: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
  }

  export interface WellformedResponse {}
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing {
  export interface Bills {
    /**
     * 申请分账账单API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_11.shtml
     */
    get(config: Bills.GetHttpMethod.RequestConfig): AxiosPromise<Bills.GetHttpMethod.WellformedResponse>;
  }

  export interface MerchantConfigs {
    _sub_mchid_: MerchantConfigs._sub_mchid_;
  }

  export interface Orders {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_1.shtml
     */
    (
      data: Orders.PostHttpMethod.JsonDataRequest,
      config?: Orders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Orders.PostHttpMethod.WellformedResponse>;
    _out_order_no_: Orders._out_order_no_;
    unfreeze: Orders.Unfreeze;
    /**
     * 请求分账API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_1.shtml
     */
    post(
      data: Orders.PostHttpMethod.JsonDataRequest,
      config?: Orders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Orders.PostHttpMethod.WellformedResponse>;
  }

  export interface Receivers {
    Delete: Receivers.Delete;
    add: Receivers.Add;
  }

  export interface ReturnOrders {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_3.shtml
     */
    (
      data: ReturnOrders.PostHttpMethod.JsonDataRequest,
      config?: ReturnOrders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ReturnOrders.PostHttpMethod.WellformedResponse>;
    _out_return_no_: ReturnOrders._out_return_no_;
    /**
     * 请求分账回退API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_3.shtml
     */
    post(
      data: ReturnOrders.PostHttpMethod.JsonDataRequest,
      config?: ReturnOrders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ReturnOrders.PostHttpMethod.WellformedResponse>;
  }

  export interface Transactions {
    _transaction_id_: Transactions._transaction_id_;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Bills.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    params: {
      /**
       * 子商户号，服务商模式必填
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 账单日期，格式 yyyy-MM-dd
       * @example 2019-06-11
       */
      bill_date: string;
      /**
       * 压缩类型，不填则返回数据流
       * @example GZIP
       */
      tar_type?: "GZIP";
    };
  }

  export interface WellformedResponse {
    /**
     * 账单下载地址，30 秒内有效
     * @example https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx
     */
    download_url: string;
    /**
     * 原始账单（gzip 前）的摘要算法
     * @example SHA1
     */
    hash_type: "SHA1";
    /**
     * 原始账单（gzip 前）的摘要值
     * @example 79bb0f45fc4c42234a918000b2668d689e2bde04
     */
    hash_value: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.MerchantConfigs {
  export interface _sub_mchid_ {
    /**
     * 查询最大分账比例API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_7.shtml
     */
    get(config: _sub_mchid_.GetHttpMethod.RequestConfig): AxiosPromise<_sub_mchid_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.MerchantConfigs._sub_mchid_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
  }

  export interface WellformedResponse {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 子商户允许服务商分账的最大比例，单位万分比
     * @example 2000
     */
    max_ratio: number;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Orders.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 应用 ID
     * @example wx8888888888888888
     */
    appid: string;
    /**
     * 子商户应用 ID
     * @example wx8888888888888888
     */
    sub_appid?: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 商户分账单号，商户系统内唯一
     * @example P20150806125346
     */
    out_order_no: string;
    /** 分账接收方列表 */
    receivers?: {
      /**
       * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
       * @example MERCHANT_ID
       */
      type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
      /**
       * 分账接收方账号：商户号、openid 或 sub_openid
       * @example 86693852
       */
      account: string;
      /**
       * 分账个人接收方姓名，以微信支付公钥加密
       * @example hu89ohu89ohu89o
       */
      name?: string;
      /**
       * 分账金额，单位为分
       * @example 888
       */
      amount: number;
      /**
       * 分账描述
       * @example 分给商户A
       */
      description: string;
    }[];
    /**
     * 是否解冻剩余未分资金
     * @example true
     */
    unfreeze_unsplit: boolean;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    headers?: {
      /**
       * 加密敏感字段所用的微信支付公钥 ID 或平台证书序列号，请求含加密字段时必填
       * @example PUB_KEY_ID_0119000001092025010100000000000001
       */
      "Wechatpay-Serial"?: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 子商户号，服务商模式返回
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 分账单状态：PROCESSING 处理中，FINISHED 分账完成
     * @example FINISHED
     */
    state: "PROCESSING" | "FINISHED";
    /** 分账接收方列表 */
    receivers?: {
      /**
       * 分账金额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 分账描述
       * @example 分给商户1900000110
       */
      description: string;
      /**
       * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
       * @example MERCHANT_ID
       */
      type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
      /**
       * 分账接收方账号
       * @example 1900000109
       */
      account: string;
      /**
       * 分账结果：PENDING 待分账，SUCCESS 分账成功，CLOSED 已关闭
       * @example SUCCESS
       */
      result: "PENDING" | "SUCCESS" | "CLOSED";
      /**
       * 分账失败原因，分账结果为 CLOSED 时返回
       * @example ACCOUNT_ABNORMAL
       */
      fail_reason?:
        | "ACCOUNT_ABNORMAL"
        | "NO_RELATION"
        | "RECEIVER_HIGH_RISK"
        | "RECEIVER_REAL_NAME_NOT_VERIFIED"
        | "NO_AUTH"
        | "RECEIVER_RECEIPT_LIMIT"
        | "PAYER_ACCOUNT_ABNORMAL"
        | "INVALID_REQUEST";
      /**
       * 分账明细单号
       * @example 36011111111111111111111
       */
      detail_id: string;
      /**
       * 分账创建时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      create_time: string;
      /**
       * 分账完成时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      finish_time: string;
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Orders {
  export interface _out_order_no_ {
    /**
     * 查询分账结果API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_2.shtml
     */
    get(
      config: _out_order_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_order_no_.GetHttpMethod.WellformedResponse>;
  }

  export interface Unfreeze {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_5.shtml
     */
    (
      data: Unfreeze.PostHttpMethod.JsonDataRequest,
      config?: Unfreeze.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Unfreeze.PostHttpMethod.WellformedResponse>;
    /**
     * 解冻剩余资金API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_5.shtml
     */
    post(
      data: Unfreeze.PostHttpMethod.JsonDataRequest,
      config?: Unfreeze.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Unfreeze.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Orders._out_order_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    params: {
      /**
       * 子商户号，服务商模式必填
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 微信订单号
       * @example 4208450740201411110007820472
       */
      transaction_id: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 子商户号，服务商模式返回
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 分账单状态：PROCESSING 处理中，FINISHED 分账完成
     * @example FINISHED
     */
    state: "PROCESSING" | "FINISHED";
    /** 分账接收方列表 */
    receivers?: {
      /**
       * 分账金额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 分账描述
       * @example 分给商户1900000110
       */
      description: string;
      /**
       * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
       * @example MERCHANT_ID
       */
      type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
      /**
       * 分账接收方账号
       * @example 1900000109
       */
      account: string;
      /**
       * 分账结果：PENDING 待分账，SUCCESS 分账成功，CLOSED 已关闭
       * @example SUCCESS
       */
      result: "PENDING" | "SUCCESS" | "CLOSED";
      /**
       * 分账失败原因，分账结果为 CLOSED 时返回
       * @example ACCOUNT_ABNORMAL
       */
      fail_reason?:
        | "ACCOUNT_ABNORMAL"
        | "NO_RELATION"
        | "RECEIVER_HIGH_RISK"
        | "RECEIVER_REAL_NAME_NOT_VERIFIED"
        | "NO_AUTH"
        | "RECEIVER_RECEIPT_LIMIT"
        | "PAYER_ACCOUNT_ABNORMAL"
        | "INVALID_REQUEST";
      /**
       * 分账明细单号
       * @example 36011111111111111111111
       */
      detail_id: string;
      /**
       * 分账创建时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      create_time: string;
      /**
       * 分账完成时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      finish_time: string;
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Orders.Unfreeze.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 解冻原因
     * @example 解冻全部剩余资金
     */
    description: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 子商户号，服务商模式返回
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 分账单状态：PROCESSING 处理中，FINISHED 分账完成
     * @example FINISHED
     */
    state: "PROCESSING" | "FINISHED";
    /** 分账接收方列表 */
    receivers?: {
      /**
       * 分账金额，单位为分
       * @example 100
       */
      amount: number;
      /**
       * 分账描述
       * @example 分给商户1900000110
       */
      description: string;
      /**
       * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
       * @example MERCHANT_ID
       */
      type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
      /**
       * 分账接收方账号
       * @example 1900000109
       */
      account: string;
      /**
       * 分账结果：PENDING 待分账，SUCCESS 分账成功，CLOSED 已关闭
       * @example SUCCESS
       */
      result: "PENDING" | "SUCCESS" | "CLOSED";
      /**
       * 分账失败原因，分账结果为 CLOSED 时返回
       * @example ACCOUNT_ABNORMAL
       */
      fail_reason?:
        | "ACCOUNT_ABNORMAL"
        | "NO_RELATION"
        | "RECEIVER_HIGH_RISK"
        | "RECEIVER_REAL_NAME_NOT_VERIFIED"
        | "NO_AUTH"
        | "RECEIVER_RECEIPT_LIMIT"
        | "PAYER_ACCOUNT_ABNORMAL"
        | "INVALID_REQUEST";
      /**
       * 分账明细单号
       * @example 36011111111111111111111
       */
      detail_id: string;
      /**
       * 分账创建时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      create_time: string;
      /**
       * 分账完成时间，遵循 RFC 3339 格式
       * @example 2015-05-20T13:29:35.120+08:00
       */
      finish_time: string;
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers {
  export interface Delete {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_9.shtml
     */
    (
      data: Delete.PostHttpMethod.JsonDataRequest,
      config?: Delete.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Delete.PostHttpMethod.WellformedResponse>;
    /**
     * 删除分账接收方API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_9.shtml
     */
    post(
      data: Delete.PostHttpMethod.JsonDataRequest,
      config?: Delete.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Delete.PostHttpMethod.WellformedResponse>;
  }

  export interface Add {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_8.shtml
     */
    (
      data: Add.PostHttpMethod.JsonDataRequest,
      config?: Add.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Add.PostHttpMethod.WellformedResponse>;
    /**
     * 添加分账接收方API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_8.shtml
     */
    post(
      data: Add.PostHttpMethod.JsonDataRequest,
      config?: Add.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Add.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers.Delete.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 应用 ID
     * @example wx8888888888888888
     */
    appid: string;
    /**
     * 子商户应用 ID
     * @example wx8888888888888888
     */
    sub_appid?: string;
    /**
     * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 分账接收方账号
     * @example 86693852
     */
    account: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 分账接收方账号
     * @example 86693852
     */
    account: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers.Add.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 应用 ID
     * @example wx8888888888888888
     */
    appid: string;
    /**
     * 子商户应用 ID
     * @example wx8888888888888888
     */
    sub_appid?: string;
    /**
     * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 分账接收方账号
     * @example 86693852
     */
    account: string;
    /**
     * 分账接收方全称，以微信支付公钥加密
     * @sensitive 敏感信息：请求时由 SDK 用微信支付公钥加密；应答中的用 wxpay.decrypt() 解密
     * @example hu89ohu89ohu89o
     */
    name?: string;
    /**
     * 与分账方的关系类型
     * @example STORE
     */
    relation_type:
      | "SERVICE_PROVIDER"
      | "STORE"
      | "STAFF"
      | "STORE_OWNER"
      | "PARTNER"
      | "HEADQUARTER"
      | "BRAND"
      | "DISTRIBUTOR"
      | "USER"
      | "SUPPLIER"
      | "CUSTOM";
    /**
     * 自定义的分账关系，relation_type 为 CUSTOM 时必填
     * @example 代理商
     */
    custom_relation?: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    headers?: {
      /**
       * 加密敏感字段所用的微信支付公钥 ID 或平台证书序列号，请求含加密字段时必填
       * @example PUB_KEY_ID_0119000001092025010100000000000001
       */
      "Wechatpay-Serial"?: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 分账接收方类型：MERCHANT_ID 商户号，PERSONAL_OPENID 个人 openid（由父 appid 转换），PERSONAL_SUB_OPENID 个人 sub_openid（由子 appid 转换）
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 分账接收方账号
     * @example 86693852
     */
    account: string;
    /**
     * 分账接收方全称（密文）
     * @example hu89ohu89ohu89o
     */
    name?: string;
    /**
     * 与分账方的关系类型
     * @example STORE
     */
    relation_type:
      | "SERVICE_PROVIDER"
      | "STORE"
      | "STAFF"
      | "STORE_OWNER"
      | "PARTNER"
      | "HEADQUARTER"
      | "BRAND"
      | "DISTRIBUTOR"
      | "USER"
      | "SUPPLIER"
      | "CUSTOM";
    /**
     * 自定义的分账关系
     * @example 代理商
     */
    custom_relation?: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 商户回退单号
     * @example R20190516001
     */
    out_return_no: string;
    /**
     * 回退商户号
     * @example 86693852
     */
    return_mchid: string;
    /**
     * 回退金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 回退描述
     * @example 用户退款
     */
    description: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 子商户号
     * @example 1900000109
     */
    sub_mchid: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 商户回退单号
     * @example R20190516001
     */
    out_return_no: string;
    /**
     * 微信回退单号
     * @example 3008450740201411110007820472
     */
    return_id: string;
    /**
     * 回退商户号
     * @example 86693852
     */
    return_mchid: string;
    /**
     * 回退金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 回退描述
     * @example 用户退款
     */
    description: string;
    /**
     * 回退结果：PROCESSING 处理中，SUCCESS 已成功，FAILED 已失败
     * @example SUCCESS
     */
    result: string;
    /**
     * 失败原因，回退结果为 FAILED 时返回
     * @example TIME_OUT_CLOSED
     */
    fail_reason: string;
    /**
     * 回退创建时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    create_time: string;
    /**
     * 回退完成时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    finish_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders {
  export interface _out_return_no_ {
    /**
     * 查询分账回退结果API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_4.shtml
     */
    get(
      config: _out_return_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_return_no_.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders._out_return_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户回退单号
     * @example R20190516001
     */
    out_return_no: string;
    params: {
      /**
       * 子商户号，服务商模式必填
       * @example 1900000109
       */
      sub_mchid?: string;
      /**
       * 商户分账单号
       * @example P20150806125346
       */
      out_order_no: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 子商户号，服务商模式返回
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信分账单号
     * @example 3008450740201411110007820472
     */
    order_id: string;
    /**
     * 商户分账单号
     * @example P20150806125346
     */
    out_order_no: string;
    /**
     * 商户回退单号
     * @example R20190516001
     */
    out_return_no: string;
    /**
     * 微信回退单号
     * @example 3008450740201411110007820472
     */
    return_id: string;
    /**
     * 回退商户号
     * @example 86693852
     */
    return_mchid: string;
    /**
     * 回退金额，单位为分
     * @example 10
     */
    amount: number;
    /**
     * 回退描述
     * @example 用户退款
     */
    description: string;
    /**
     * 回退结果：PROCESSING 处理中，SUCCESS 已成功，FAILED 已失败
     * @example SUCCESS
     */
    result: "PROCESSING" | "SUCCESS" | "FAILED";
    /**
     * 回退失败原因，回退结果为 FAILED 时返回
     * @example TIME_OUT_CLOSED
     */
    fail_reason?:
      "ACCOUNT_ABNORMAL" | "BALANCE_NOT_ENOUGH" | "TIME_OUT_CLOSED" | "PAYER_ACCOUNT_ABNORMAL" | "INVALID_REQUEST";
    /**
     * 回退创建时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    create_time: string;
    /**
     * 回退完成时间，遵循 RFC 3339 格式
     * @example 2015-05-20T13:29:35.120+08:00
     */
    finish_time: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Transactions {
  export interface _transaction_id_ {
    amounts: _transaction_id_.Amounts;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Transactions._transaction_id_ {
  export interface Amounts {
    /**
     * 查询剩余待分金额API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_6.shtml
     */
    get(config: Amounts.GetHttpMethod.RequestConfig): AxiosPromise<Amounts.GetHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Transactions._transaction_id_.Amounts.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
  }

  export interface WellformedResponse {
    /**
     * 微信订单号
     * @example 4208450740201411110007820472
     */
    transaction_id: string;
    /**
     * 订单剩余待分金额，单位为分
     * @example 1000
     */
    unsplit_amount: number;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund {
  export interface Domestic {
    refunds: Domestic.Refunds;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic {
  export interface Refunds {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_9.shtml
     */
    (
      data: Refunds.PostHttpMethod.JsonDataRequest,
      config?: Refunds.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Refunds.PostHttpMethod.WellformedResponse>;
    _out_refund_no_: Refunds._out_refund_no_;
    _refund_id_: Refunds._refund_id_;
    /**
     * 申请退款API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_9.shtml
     */
    post(
      data: Refunds.PostHttpMethod.JsonDataRequest,
      config?: Refunds.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Refunds.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic.Refunds.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 微信支付订单号，与 out_trade_no 二选一
     * @example 1217752501201407033233368018
     */
    transaction_id?: string;
    /**
     * 商户订单号，与 transaction_id 二选一
     * @example 1217752501201407033233368018
     */
    out_trade_no?: string;
    /**
     * 商户退款单号，商户系统内唯一
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    /**
     * 退款原因，将在退款消息中展示给用户
     * @example 商品已售完
     */
    reason?: string;
    /**
     * 退款结果通知地址
     * @example https://weixin.qq.com
     */
    notify_url?: string;
    /**
     * 退款资金来源，仅 AVAILABLE：从可用余额出资
     * @example AVAILABLE
     */
    funds_account?: "AVAILABLE";
    /** 金额信息 */
    amount: {
      /**
       * 退款金额，单位为分
       * @example 888
       */
      refund: number;
      /**
       * 退款出资账户及金额
       */
      from?: {
        /**
         * 出资账户类型：AVAILABLE 可用余额，UNAVAILABLE 不可用余额
         * @example AVAILABLE
         */
        account: "AVAILABLE" | "UNAVAILABLE";
        /**
         * 该账户出资金额，单位为分
         * @example 444
         */
        amount: number;
      }[];
      /**
       * 原订单金额，单位为分
       * @example 888
       */
      total: number;
      /**
       * 退款币种，境内商户号仅支持人民币 CNY
       * @example CNY
       */
      currency: string;
    };
    /** 退款商品 */
    goods_detail?: {
      /**
       * 商户侧商品编码
       * @example 1217752501201407033233368018
       */
      merchant_goods_id: string;
      /**
       * 微信支付定义的统一商品编号
       * @example 1001
       */
      wechatpay_goods_id?: string;
      /**
       * 商品名称
       * @example iPhone6s 16G
       */
      goods_name?: string;
      /**
       * 商品单价，单位为分
       * @example 528800
       */
      unit_price: number;
      /**
       * 商品退款金额，单位为分
       * @example 528800
       */
      refund_amount: number;
      /**
       * 商品退货数量
       * @example 1
       */
      refund_quantity: number;
    }[];
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    /**
     * 微信支付退款单号
     * @example 50000000382019052709732678859
     */
    refund_id: string;
    /**
     * 商户退款单号
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 退款渠道：ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡
     * @example ORIGINAL
     */
    channel: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
    /**
     * 退款入账账户
     * @example 招商银行信用卡0403
     */
    user_received_account: string;
    /**
     * 退款成功时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    success_time?: string;
    /**
     * 退款受理时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    create_time: string;
    /**
     * 退款状态：SUCCESS 退款成功，CLOSED 退款关闭，PROCESSING 退款处理中，ABNORMAL 退款异常
     * @example SUCCESS
     */
    status: "SUCCESS" | "CLOSED" | "PROCESSING" | "ABNORMAL";
    /**
     * 退款所用资金账户
     * @example UNSETTLED
     */
    funds_account?: "UNSETTLED" | "AVAILABLE" | "UNAVAILABLE" | "OPERATION" | "BASIC";
    /** 金额信息，单位为分 */
    amount: {
      /**
       * 订单金额
       * @example 100
       */
      total: number;
      /**
       * 退款金额
       * @example 100
       */
      refund: number;
      /**
       * 退款出资账户及金额
       */
      from?: {
        /**
         * 出资账户类型：AVAILABLE 可用余额，UNAVAILABLE 不可用余额
         * @example AVAILABLE
         */
        account: "AVAILABLE" | "UNAVAILABLE";
        /**
         * 该账户出资金额，单位为分
         * @example 444
         */
        amount: number;
      }[];
      /**
       * 用户实际支付金额
       * @example 90
       */
      payer_total: number;
      /**
       * 用户退款金额
       * @example 90
       */
      payer_refund: number;
      /**
       * 应结退款金额
       * @example 100
       */
      settlement_refund: number;
      /**
       * 应结订单金额
       * @example 100
       */
      settlement_total: number;
      /**
       * 优惠退款金额
       * @example 10
       */
      discount_refund: number;
      /**
       * 退款币种
       * @example CNY
       */
      currency: string;
      /**
       * 退还的手续费，单位为分
       * @example 100
       */
      refund_fee?: number;
    };
    /** 优惠退款信息 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      promotion_id: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example SINGLE
       */
      scope: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：COUPON 代金券，DISCOUNT 优惠券
       * @example DISCOUNT
       */
      type: "COUPON" | "DISCOUNT";
      /**
       * 优惠券面额，单位为分
       * @example 5
       */
      amount: number;
      /**
       * 优惠退款金额，单位为分
       * @example 100
       */
      refund_amount: number;
      /**
       * 商品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example 1217752501201407033233368018
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
        /**
         * 商品退款金额，单位为分
         * @example 528800
         */
        refund_amount: number;
        /**
         * 商品退货数量
         * @example 1
         */
        refund_quantity: number;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic.Refunds {
  export interface _out_refund_no_ {
    /**
     * 查询单笔退款API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_10.shtml
     */
    get(
      config: _out_refund_no_.GetHttpMethod.RequestConfig,
    ): AxiosPromise<_out_refund_no_.GetHttpMethod.WellformedResponse>;
  }

  export interface _refund_id_ {
    applyAbnormalRefund: _refund_id_.ApplyAbnormalRefund;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic.Refunds._out_refund_no_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    /**
     * 商户退款单号
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    params?: {
      /**
       * 子商户号，服务商模式必填
       * @example 1900000109
       */
      sub_mchid?: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 微信支付退款单号
     * @example 50000000382019052709732678859
     */
    refund_id: string;
    /**
     * 商户退款单号
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 退款渠道：ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡
     * @example ORIGINAL
     */
    channel: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
    /**
     * 退款入账账户
     * @example 招商银行信用卡0403
     */
    user_received_account: string;
    /**
     * 退款成功时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    success_time?: string;
    /**
     * 退款受理时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    create_time: string;
    /**
     * 退款状态：SUCCESS 退款成功，CLOSED 退款关闭，PROCESSING 退款处理中，ABNORMAL 退款异常
     * @example SUCCESS
     */
    status: "SUCCESS" | "CLOSED" | "PROCESSING" | "ABNORMAL";
    /**
     * 退款所用资金账户
     * @example UNSETTLED
     */
    funds_account?: "UNSETTLED" | "AVAILABLE" | "UNAVAILABLE" | "OPERATION" | "BASIC";
    /** 金额信息，单位为分 */
    amount: {
      /**
       * 订单金额
       * @example 100
       */
      total: number;
      /**
       * 退款金额
       * @example 100
       */
      refund: number;
      /**
       * 退款出资账户及金额
       */
      from?: {
        /**
         * 出资账户类型：AVAILABLE 可用余额，UNAVAILABLE 不可用余额
         * @example AVAILABLE
         */
        account: "AVAILABLE" | "UNAVAILABLE";
        /**
         * 该账户出资金额，单位为分
         * @example 444
         */
        amount: number;
      }[];
      /**
       * 用户实际支付金额
       * @example 90
       */
      payer_total: number;
      /**
       * 用户退款金额
       * @example 90
       */
      payer_refund: number;
      /**
       * 应结退款金额
       * @example 100
       */
      settlement_refund: number;
      /**
       * 应结订单金额
       * @example 100
       */
      settlement_total: number;
      /**
       * 优惠退款金额
       * @example 10
       */
      discount_refund: number;
      /**
       * 退款币种
       * @example CNY
       */
      currency: string;
      /**
       * 退还的手续费，单位为分
       * @example 100
       */
      refund_fee?: number;
    };
    /** 优惠退款信息 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      promotion_id: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example SINGLE
       */
      scope: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：COUPON 代金券，DISCOUNT 优惠券
       * @example DISCOUNT
       */
      type: "COUPON" | "DISCOUNT";
      /**
       * 优惠券面额，单位为分
       * @example 5
       */
      amount: number;
      /**
       * 优惠退款金额，单位为分
       * @example 100
       */
      refund_amount: number;
      /**
       * 商品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example 1217752501201407033233368018
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
        /**
         * 商品退款金额，单位为分
         * @example 528800
         */
        refund_amount: number;
        /**
         * 商品退货数量
         * @example 1
         */
        refund_quantity: number;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic.Refunds._refund_id_ {
  export interface ApplyAbnormalRefund {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create-abnormal-refund.html
     */
    (
      data: ApplyAbnormalRefund.PostHttpMethod.JsonDataRequest,
      config: ApplyAbnormalRefund.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ApplyAbnormalRefund.PostHttpMethod.WellformedResponse>;
    /**
     * 发起异常退款
     * @link https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create-abnormal-refund.html
     */
    post(
      data: ApplyAbnormalRefund.PostHttpMethod.JsonDataRequest,
      config: ApplyAbnormalRefund.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ApplyAbnormalRefund.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Refund.Domestic.Refunds._refund_id_.ApplyAbnormalRefund.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号，服务商模式必填
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 商户退款单号
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    /**
     * 异常退款处理方式：USER_BANK_CARD 退款到用户银行卡，MERCHANT_BANK_CARD 退款至交易商户银行账户
     * @example USER_BANK_CARD
     */
    type: "USER_BANK_CARD" | "MERCHANT_BANK_CARD";
    /**
     * 开户银行，退到用户银行卡时必填
     * @example ICBC_DEBIT
     */
    bank_type?: string;
    /**
     * 收款银行卡号，以微信支付公钥加密
     * @example d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w==
     */
    bank_account?: string;
    /**
     * 收款用户姓名，以微信支付公钥加密
     * @example UPmDgThvKbJkbN0XUD5I4Uj1yfmyNbRFsP0Uc4kv7ArYRjePcGa3n8xmA+4ZQ==
     */
    real_name?: string;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /**
     * 微信支付退款单号
     * @example 50000000382019052709732678859
     */
    refund_id: string;
    headers?: {
      /**
       * 加密敏感字段所用的微信支付公钥 ID 或平台证书序列号，请求含加密字段时必填
       * @example PUB_KEY_ID_0119000001092025010100000000000001
       */
      "Wechatpay-Serial"?: string;
    };
  }

  export interface WellformedResponse {
    /**
     * 微信支付退款单号
     * @example 50000000382019052709732678859
     */
    refund_id: string;
    /**
     * 商户退款单号
     * @example 1217752501201407033233368018
     */
    out_refund_no: string;
    /**
     * 微信支付订单号
     * @example 1217752501201407033233368018
     */
    transaction_id: string;
    /**
     * 商户订单号
     * @example 1217752501201407033233368018
     */
    out_trade_no: string;
    /**
     * 退款渠道：ORIGINAL 原路退款，BALANCE 退回余额，OTHER_BALANCE 原账户异常退到其他余额账户，OTHER_BANKCARD 原银行卡异常退到其他银行卡
     * @example ORIGINAL
     */
    channel: "ORIGINAL" | "BALANCE" | "OTHER_BALANCE" | "OTHER_BANKCARD";
    /**
     * 退款入账账户
     * @example 招商银行信用卡0403
     */
    user_received_account: string;
    /**
     * 退款成功时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    success_time?: string;
    /**
     * 退款受理时间，遵循 RFC 3339 格式
     * @example 2020-12-01T16:18:12+08:00
     */
    create_time: string;
    /**
     * 退款状态：SUCCESS 退款成功，CLOSED 退款关闭，PROCESSING 退款处理中，ABNORMAL 退款异常
     * @example SUCCESS
     */
    status: "SUCCESS" | "CLOSED" | "PROCESSING" | "ABNORMAL";
    /**
     * 退款所用资金账户
     * @example UNSETTLED
     */
    funds_account?: "UNSETTLED" | "AVAILABLE" | "UNAVAILABLE" | "OPERATION" | "BASIC";
    /** 金额信息，单位为分 */
    amount: {
      /**
       * 订单金额
       * @example 100
       */
      total: number;
      /**
       * 退款金额
       * @example 100
       */
      refund: number;
      /**
       * 退款出资账户及金额
       */
      from?: {
        /**
         * 出资账户类型：AVAILABLE 可用余额，UNAVAILABLE 不可用余额
         * @example AVAILABLE
         */
        account: "AVAILABLE" | "UNAVAILABLE";
        /**
         * 该账户出资金额，单位为分
         * @example 444
         */
        amount: number;
      }[];
      /**
       * 用户实际支付金额
       * @example 90
       */
      payer_total: number;
      /**
       * 用户退款金额
       * @example 90
       */
      payer_refund: number;
      /**
       * 应结退款金额
       * @example 100
       */
      settlement_refund: number;
      /**
       * 应结订单金额
       * @example 100
       */
      settlement_total: number;
      /**
       * 优惠退款金额
       * @example 10
       */
      discount_refund: number;
      /**
       * 退款币种
       * @example CNY
       */
      currency: string;
      /**
       * 退还的手续费，单位为分
       * @example 100
       */
      refund_fee?: number;
    };
    /** 优惠退款信息 */
    promotion_detail?: {
      /**
       * 券 ID
       * @example 109519
       */
      promotion_id: string;
      /**
       * 优惠范围：GLOBAL 全场代金券，SINGLE 单品优惠
       * @example SINGLE
       */
      scope: "GLOBAL" | "SINGLE";
      /**
       * 优惠类型：COUPON 代金券，DISCOUNT 优惠券
       * @example DISCOUNT
       */
      type: "COUPON" | "DISCOUNT";
      /**
       * 优惠券面额，单位为分
       * @example 5
       */
      amount: number;
      /**
       * 优惠退款金额，单位为分
       * @example 100
       */
      refund_amount: number;
      /**
       * 商品列表
       */
      goods_detail?: {
        /**
         * 商户侧商品编码
         * @example 1217752501201407033233368018
         */
        merchant_goods_id: string;
        /**
         * 微信支付定义的统一商品编号
         * @example 1001
         */
        wechatpay_goods_id?: string;
        /**
         * 商品名称
         * @example iPhone6s 16G
         */
        goods_name?: string;
        /**
         * 商品单价，单位为分
         * @example 528800
         */
        unit_price: number;
        /**
         * 商品退款金额，单位为分
         * @example 528800
         */
        refund_amount: number;
        /**
         * 商品退货数量
         * @example 1
         */
        refund_quantity: number;
      }[];
    }[];
  }
}

export declare namespace WeChatPay.OpenAPI {
  export interface V3 {
    bill: V3.Bill;
    billdownload: V3.Billdownload;
    certificates: V3.Certificates;
    combineTransactions: V3.CombineTransactions;
    ecommerce: V3.Ecommerce;
    fundApp: V3.FundApp;
    merchant: V3.Merchant;
    pay: V3.Pay;
    profitsharing: V3.Profitsharing;
    refund: V3.Refund;
  }
}

/** The client: every property chain below it is an endpoint of the API. */
export interface Wechatpay {
  /** APIv3 endpoint */
  v3: WeChatPay.OpenAPI.V3;
}

export declare namespace WeChatPay.OpenAPI.Notifications {
  /**
   * 分账动账通知（回退）
   *
   * 请求分账回退成功、资金从接收方回到分账方后推送；回退单由请求分账回退API创建。
   */
  export interface ProfitsharingReturn {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "PROFITSHARING.RETURN";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 服务商商户号
       * @example 1900000100
       */
      sp_mchid: string;
      /**
       * 子商户号
       * @example 1900000109
       */
      sub_mchid: string;
      /**
       * 微信支付订单号
       * @example 4208450740201411110007820472
       */
      transaction_id: string;
      /**
       * 微信分账单号或回退单号
       * @example 3008450740201411110007820472
       */
      order_id: string;
      /**
       * 商户分账单号或回退单号
       * @example P20150806125346
       */
      out_order_no: string;
      /**
       * 动账的分账接收方
       */
      receiver: {
        /**
         * 接收方类型，如 MERCHANT_ID（商户号）、PERSONAL_OPENID（个人 openid）
         * @example MERCHANT_ID
         */
        type: string;
        /**
         * 接收方账号
         * @example 1900000109
         */
        account: string;
        /**
         * 动账金额，单位为分
         * @example 888
         */
        amount: number;
        /**
         * 分账或回退的原因
         * @example 运费
         */
        description: string;
      };
      /**
       * 动账成功时间
       * @example 2018-06-08T10:34:56+08:00
       */
      success_time: string;
    };
  }

  /**
   * 分账动账通知（分账）
   *
   * 分账成功、资金进入分账接收方账户后，向商户平台上配置的回调地址推送。
   */
  export interface ProfitsharingSuccess {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "PROFITSHARING.SUCCESS";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 服务商商户号
       * @example 1900000100
       */
      sp_mchid: string;
      /**
       * 子商户号
       * @example 1900000109
       */
      sub_mchid: string;
      /**
       * 微信支付订单号
       * @example 4208450740201411110007820472
       */
      transaction_id: string;
      /**
       * 微信分账单号或回退单号
       * @example 3008450740201411110007820472
       */
      order_id: string;
      /**
       * 商户分账单号或回退单号
       * @example P20150806125346
       */
      out_order_no: string;
      /**
       * 动账的分账接收方
       */
      receiver: {
        /**
         * 接收方类型，如 MERCHANT_ID（商户号）、PERSONAL_OPENID（个人 openid）
         * @example MERCHANT_ID
         */
        type: string;
        /**
         * 接收方账号
         * @example 1900000109
         */
        account: string;
        /**
         * 动账金额，单位为分
         * @example 888
         */
        amount: number;
        /**
         * 分账或回退的原因
         * @example 运费
         */
        description: string;
      };
      /**
       * 动账成功时间
       * @example 2018-06-08T10:34:56+08:00
       */
      success_time: string;
    };
  }

  /**
   * 退款异常通知
   *
   * 退款因收款账户异常等原因未能入账时推送，需在商户平台上转入他处或人工处理。
   */
  export interface RefundAbnormal {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "REFUND.ABNORMAL";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 直连商户号
       * @example 1900000100
       */
      mchid: string;
      /**
       * 商户订单号
       * @example 1217752501201407033233368018
       */
      out_trade_no: string;
      /**
       * 微信支付订单号
       * @example 1217752501201407033233368018
       */
      transaction_id: string;
      /**
       * 商户退款单号
       * @example 1217752501201407033233368018
       */
      out_refund_no: string;
      /**
       * 微信支付退款单号
       * @example 1217752501201407033233368018
       */
      refund_id: string;
      /**
       * 退款状态：SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常（需到商户平台处理）
       */
      refund_status: "SUCCESS" | "CLOSED" | "ABNORMAL";
      /**
       * 退款成功时间，仅退款成功时返回
       * @example 2020-12-01T16:18:12+08:00
       */
      success_time?: string;
      /**
       * 退款入账账户
       * @example 招商银行信用卡0403
       */
      user_received_account: string;
      /**
       * 金额信息，单位为分
       */
      amount: {
        /**
         * 订单总金额
         * @example 999
         */
        total: number;
        /**
         * 退款金额
         * @example 999
         */
        refund: number;
        /**
         * 用户实际支付金额
         * @example 999
         */
        payer_total: number;
        /**
         * 用户退款金额
         * @example 999
         */
        payer_refund: number;
      };
    };
  }

  /**
   * 退款关闭通知
   *
   * 退款被关闭时推送。
   */
  export interface RefundClosed {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "REFUND.CLOSED";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 直连商户号
       * @example 1900000100
       */
      mchid: string;
      /**
       * 商户订单号
       * @example 1217752501201407033233368018
       */
      out_trade_no: string;
      /**
       * 微信支付订单号
       * @example 1217752501201407033233368018
       */
      transaction_id: string;
      /**
       * 商户退款单号
       * @example 1217752501201407033233368018
       */
      out_refund_no: string;
      /**
       * 微信支付退款单号
       * @example 1217752501201407033233368018
       */
      refund_id: string;
      /**
       * 退款状态：SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常（需到商户平台处理）
       */
      refund_status: "SUCCESS" | "CLOSED" | "ABNORMAL";
      /**
       * 退款成功时间，仅退款成功时返回
       * @example 2020-12-01T16:18:12+08:00
       */
      success_time?: string;
      /**
       * 退款入账账户
       * @example 招商银行信用卡0403
       */
      user_received_account: string;
      /**
       * 金额信息，单位为分
       */
      amount: {
        /**
         * 订单总金额
         * @example 999
         */
        total: number;
        /**
         * 退款金额
         * @example 999
         */
        refund: number;
        /**
         * 用户实际支付金额
         * @example 999
         */
        payer_total: number;
        /**
         * 用户退款金额
         * @example 999
         */
        payer_refund: number;
      };
    };
  }

  /**
   * 退款成功通知
   *
   * 退款成功后，微信支付向退款申请中的 notify_url 推送退款结果。
   */
  export interface RefundSuccess {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "REFUND.SUCCESS";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 直连商户号
       * @example 1900000100
       */
      mchid: string;
      /**
       * 商户订单号
       * @example 1217752501201407033233368018
       */
      out_trade_no: string;
      /**
       * 微信支付订单号
       * @example 1217752501201407033233368018
       */
      transaction_id: string;
      /**
       * 商户退款单号
       * @example 1217752501201407033233368018
       */
      out_refund_no: string;
      /**
       * 微信支付退款单号
       * @example 1217752501201407033233368018
       */
      refund_id: string;
      /**
       * 退款状态：SUCCESS 成功，CLOSED 关闭，ABNORMAL 异常（需到商户平台处理）
       */
      refund_status: "SUCCESS" | "CLOSED" | "ABNORMAL";
      /**
       * 退款成功时间，仅退款成功时返回
       * @example 2020-12-01T16:18:12+08:00
       */
      success_time?: string;
      /**
       * 退款入账账户
       * @example 招商银行信用卡0403
       */
      user_received_account: string;
      /**
       * 金额信息，单位为分
       */
      amount: {
        /**
         * 订单总金额
         * @example 999
         */
        total: number;
        /**
         * 退款金额
         * @example 999
         */
        refund: number;
        /**
         * 用户实际支付金额
         * @example 999
         */
        payer_total: number;
        /**
         * 用户退款金额
         * @example 999
         */
        payer_refund: number;
      };
    };
  }

  /**
   * 支付成功通知
   *
   * 用户支付成功后，微信支付向下单时的 notify_url 推送支付结果（直连商户）。
   */
  export interface TransactionSuccess {
    /**
     * 通知 ID；同一通知可能重复送达，ID 不变
     * @example EV-2018022511223320873
     */
    id: string;
    /**
     * 通知创建时间，RFC 3339 格式
     * @example 2015-05-20T13:29:35+08:00
     */
    create_time: string;
    /** 通知类型 */
    event_type: "TRANSACTION.SUCCESS";
    /** 通知数据类型，固定为 encrypt-resource */
    resource_type: "encrypt-resource";
    /**
     * 回调摘要
     * @example 支付成功
     */
    summary: string;
    /** 加密前的对象类型 */
    original_type: string;
    resource: {
      /**
       * 下单时的应用 ID
       * @example wxd678efh567hg6787
       */
      appid: string;
      /**
       * 直连商户号
       * @example 1230000109
       */
      mchid: string;
      /**
       * 商户订单号
       * @example 1217752501201407033233368018
       */
      out_trade_no: string;
      /**
       * 微信支付订单号
       * @example 1217752501201407033233368018
       */
      transaction_id: string;
      /**
       * 交易类型
       */
      trade_type: "JSAPI" | "NATIVE" | "APP" | "MICROPAY" | "MWEB" | "FACEPAY";
      /**
       * 交易状态；本通知中为 SUCCESS
       */
      trade_state: "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR";
      /**
       * 交易状态的文字说明
       * @example 支付成功
       */
      trade_state_desc: string;
      /**
       * 付款银行类型
       * @example CMC
       */
      bank_type: string;
      /**
       * 下单时传入的附加数据，原样返回
       * @example 自定义数据
       */
      attach?: string;
      /**
       * 支付完成时间，RFC 3339 格式
       * @example 2018-06-08T10:34:56+08:00
       */
      success_time: string;
      /**
       * 支付者
       */
      payer: {
        /**
         * 用户在下单 appid 下的 openid
         * @example oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
         */
        openid: string;
      };
      /**
       * 金额信息，单位为分
       */
      amount: {
        /**
         * 订单总金额
         * @example 100
         */
        total: number;
        /**
         * 用户实际支付金额
         * @example 100
         */
        payer_total: number;
        /**
         * 货币类型，境内商户为 CNY
         * @example CNY
         */
        currency: string;
        /**
         * 用户支付币种
         * @example CNY
         */
        payer_currency: string;
      };
      /**
       * 场景信息
       */
      scene_info?: {
        /**
         * 商户端设备号
         * @example 013467007045764
         */
        device_id?: string;
      };
      /**
       * 优惠信息，享受优惠时返回
       */
      promotion_detail?: {
        /**
         * 券 ID
         * @example 109519
         */
        coupon_id: string;
        /**
         * 优惠名称
         * @example 单品惠-6
         */
        name?: string;
        /**
         * 优惠范围：GLOBAL 全场，SINGLE 单品
         */
        scope?: "GLOBAL" | "SINGLE";
        /**
         * 优惠类型：CASH 充值型，NOCASH 免充值型
         */
        type?: "CASH" | "NOCASH";
        /**
         * 优惠券面额，单位为分
         * @example 100
         */
        amount: number;
        /**
         * 活动 ID（批次 ID）
         * @example 931386
         */
        stock_id?: string;
        /**
         * 微信出资，单位为分
         * @example 0
         */
        wechatpay_contribute?: number;
        /**
         * 商户出资，单位为分
         * @example 0
         */
        merchant_contribute?: number;
        /**
         * 其他出资，单位为分
         * @example 0
         */
        other_contribute?: number;
        /**
         * 优惠币种
         * @example CNY
         */
        currency?: string;
        /**
         * 单品列表
         */
        goods_detail?: {
          /**
           * 商品编码
           * @example M1006
           */
          goods_id: string;
          /**
           * 商品数量
           * @example 1
           */
          quantity: number;
          /**
           * 商品单价，单位为分
           * @example 100
           */
          unit_price: number;
          /**
           * 商品优惠金额，单位为分
           * @example 1
           */
          discount_amount: number;
          /**
           * 商品备注
           * @example 商品备注信息
           */
          goods_remark?: string;
        }[];
      }[];
    };
  }
}

export declare namespace WeChatPay.OpenAPI {
  /** A verified notification, its `resource` decrypted: one member per webhook of the spec, discriminated by `event_type`. */
  export type Notification =
    | WeChatPay.OpenAPI.Notifications.ProfitsharingReturn
    | WeChatPay.OpenAPI.Notifications.ProfitsharingSuccess
    | WeChatPay.OpenAPI.Notifications.RefundAbnormal
    | WeChatPay.OpenAPI.Notifications.RefundClosed
    | WeChatPay.OpenAPI.Notifications.RefundSuccess
    | WeChatPay.OpenAPI.Notifications.TransactionSuccess;
}
