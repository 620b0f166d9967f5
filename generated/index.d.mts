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
