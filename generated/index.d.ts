// Generated from the OpenAPI spec by wechatpay-openapi-generator. Do not edit.
import type { AxiosPromise, AxiosRequestConfig } from "axios";

export declare namespace WeChatPay.OpenAPI.V3 {
  export interface Ecommerce {
    subsidies: Ecommerce.Subsidies;
  }

  export interface Profitsharing {
    returnOrders: Profitsharing.ReturnOrders;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce {
  export interface Subsidies {
    return: Subsidies.Return;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Ecommerce.Subsidies {
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
    success_time: string | Date;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing {
  export interface ReturnOrders {
    /**
     * shortland
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_3.shtml
     */
    (
      data: ReturnOrders.PostHttpMethod.JsonDataRequest,
      config?: ReturnOrders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ReturnOrders.PostHttpMethod.WellformedResponse>;
    /**
     * 请求分账回退API
     * @link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_1_3.shtml
     */
    post(
      data: ReturnOrders.PostHttpMethod.JsonDataRequest,
      config?: ReturnOrders.PostHttpMethod.RequestConfig,
    ): AxiosPromise<ReturnOrders.PostHttpMethod.WellformedResponse>;
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

export declare namespace WeChatPay.OpenAPI {
  export interface V3 {
    ecommerce: V3.Ecommerce;
    profitsharing: V3.Profitsharing;
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
