// Generated from the OpenAPI spec by wechatpay-openapi-generator. Do not edit.
import type { AxiosPromise, AxiosRequestConfig } from "axios";

export declare namespace WeChatPay.OpenAPI.V3 {
  export interface Ecommerce {
    subsidies: Ecommerce.Subsidies;
  }

  export interface Profitsharing {
    receivers: Profitsharing.Receivers;
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

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers {
  export interface Delete {
    /** shortland */
    (
      data: Delete.PostHttpMethod.JsonDataRequest,
      config?: Delete.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Delete.PostHttpMethod.WellformedResponse>;
    /** 删除分账接收方API */
    post(
      data: Delete.PostHttpMethod.JsonDataRequest,
      config?: Delete.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Delete.PostHttpMethod.WellformedResponse>;
  }

  export interface Add {
    /** shortland */
    (
      data: Add.PostHttpMethod.JsonDataRequest,
      config?: Add.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Add.PostHttpMethod.WellformedResponse>;
    /** 添加分账接收方API */
    post(
      data: Add.PostHttpMethod.JsonDataRequest,
      config?: Add.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Add.PostHttpMethod.WellformedResponse>;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers.Delete.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号（服务商模式下必填）
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 接收方 openid 所属的应用 ID
     * @example wx8888888888888888
     */
    appid: string;
    /**
     * 子商户的应用 ID，接收方类型为子商户 openid 时填写
     * @example wx8888888888888889
     */
    sub_appid?: string;
    /**
     * 接收方类型：商户号、个人 openid 或个人子商户 openid
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 接收方账号：商户号或 openid
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
     * 接收方类型
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 接收方账号
     * @example 86693852
     */
    account: string;
  }
}

export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.Receivers.Add.PostHttpMethod {
  export interface JsonDataRequest {
    /**
     * 子商户号（服务商模式下必填）
     * @example 1900000109
     */
    sub_mchid?: string;
    /**
     * 接收方 openid 所属的应用 ID
     * @example wx8888888888888888
     */
    appid: string;
    /**
     * 子商户的应用 ID，接收方类型为子商户 openid 时填写
     * @example wx8888888888888889
     */
    sub_appid?: string;
    /**
     * 接收方类型：商户号、个人 openid 或个人子商户 openid
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 接收方账号：商户号或 openid
     * @example 86693852
     */
    account: string;
    /**
     * 接收方的全称（商户）或真实姓名（个人），以微信支付公钥加密后传输
     * @sensitive 敏感信息：请求时由 SDK 用微信支付公钥加密；应答中的用 wxpay.decrypt() 解密
     * @example 张三
     */
    name?: string;
    /**
     * 接收方与分账方的关系
     * @example STORE
     */
    relation_type:
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
     * 关系类型为 CUSTOM 时，自定义的关系说明
     * @example 代理商
     */
    custom_relation?: string;
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
     * 接收方类型
     * @example MERCHANT_ID
     */
    type: "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID";
    /**
     * 接收方账号
     * @example 86693852
     */
    account: string;
    /**
     * 接收方名称，以商户 API 公钥加密返回（用 wxpay.decrypt() 解密）
     * @example hu89ohu89ohu89o
     */
    name?: string;
    /**
     * 接收方与分账方的关系
     * @example STORE
     */
    relation_type: string;
    /**
     * 自定义的关系说明
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
