/// Error texts as the app connectors really print them (actual GUIDs, JSON bodies, stack traces), with the
/// app and the index (in source order) of the docs entry each must find.
public enum RealisticErrors {
  public struct Case: Sendable, CustomTestStringConvertibleLike {
    public var text: String
    public var app: String?
    /// The entry's index in docs/ source order, or `nil` when nothing may match.
    public var entry: Int?
    public var testDescription: String { "\(app.map { "[\($0)] " } ?? "")\(text.prefix(60))" }
  }

  public static let cases: [Case] = [
    Case(
      text: "com.adallom.adalib.httputils.exceptions.HttpRequestFailure: Server returned: 500 Internal Server Error",
      app: nil, entry: 0),
    Case(text: "Service timeout after 120000 ms", app: nil, entry: 1),
    Case(
      text: "java.lang.NullPointerException\n\tat com.adallom.aws.AwsConnector.poll(AwsConnector.java:212)", app: "AWS",
      entry: 2),
    Case(
      text:
        #"AuthFatalFailureException: com.box.boxjavalibv2.exceptions.BoxServerException: {"error":"invalid_grant","error_description":"Invalid refresh token"}"#,
      app: nil, entry: 3),
    Case(text: "com.box.restclientv2.exceptions.BoxRestException: Failed to parse response.", app: nil, entry: 4),
    Case(
      text:
        #"ContextManagerServiceException: com.adallom.adalib.httputils.exceptions.TokenRefreshException: {"error":"invalid_grant","error_description":"Invalid refresh token"}"#,
      app: "Box", entry: 5),
    Case(
      text: "BoxServerException: User cannot access this feature without having an enterprise account", app: nil,
      entry: 6),
    Case(text: "BoxServerException: Unauthorized - Cannot authorize with this service", app: nil, entry: 7),
    Case(text: "HttpRequestFailure: Server returned: 401 Unauthorized", app: "Exchange Online", entry: 8),
    Case(text: "HttpRequestFailure: Server returned: 404 Not Found", app: "Exchange Online", entry: 9),
    Case(
      text:
        "com.google.api.client.googleapis.json.GoogleJsonResponseException: 401 Unauthorized\n{\n  \"code\" : 401,\n  \"message\" : \"Access denied. You are not authorized to read activity records.\"\n}",
      app: nil, entry: 10),
    Case(
      text:
        #"GoogleJsonResponseException: 403 Forbidden {"code": 403, "message": "Not Authorized to access this resource/api"}"#,
      app: nil, entry: 11),
    Case(
      text:
        "com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request\n{\"error\" : \"invalid_grant\"}",
      app: nil, entry: 12),
    Case(text: "HttpRequestFailure: Server returned: 401 Unauthorized", app: "Okta", entry: 13),
    Case(text: "java.io.IOException: Connection reset by peer", app: "Okta", entry: 14),
    Case(text: "HttpRequestFailure: Server returned: 404 Not Found", app: "Okta", entry: 15),
    Case(
      text:
        #"HttpRequestFailure: Server returned: 400 Bad Request: {"error":{"code":"AF20012","message":"Specified tenant ID (0b7a2e6c-1111-4222-8333-444455556666) is incorrectly configured in the system."}}"#,
      app: nil, entry: 16),
    Case(
      text:
        "Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 5b6f1c2e-9d3a-4e8b-a1c2-3d4e5f6a7b8c does not exist.",
      app: nil, entry: 17),
    Case(text: "HttpRequestFailure: Server returned: 401 Unauthorized", app: "Office 365", entry: 18),
    Case(
      text:
        #"TokenRefreshException: {"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS70008: The provided authorization code or refresh token is expired. Send a new interactive authorization request for this user and resource.\r\nTrace ID: 2b5c7f1e-0d4a-4c1b-9f3e-6a7b8c9d0e1f\r\nTimestamp: 2020-01-29 10:00:00Z","error_codes":[70002,70008]}"#,
      app: nil, entry: 19),
    Case(text: "java.net.SocketTimeoutException: Read timed out", app: "Office 365", entry: 20),
    Case(text: "java.lang.NullPointerException", app: "Office 365", entry: 21),
    Case(text: "org.apache.ignite.IgniteException: Failed to connect to node", app: nil, entry: 22),
    Case(
      text:
        #"ContextManagerServiceException: com.adallom.adalib.httputils.exceptions.TokenRefreshException: {"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS70008: The provided authorization code or refresh token is expired. Send a new interactive authorization request for this user and resource.\r\nTrace ID: 9f8e7d6c-5b4a-4321-8fed-cba987654321"}"#,
      app: nil, entry: 23),
    Case(text: "HttpRequestFailure: Server returned: 400 Bad Request", app: "Office 365", entry: 24),
    Case(text: "java.net.SocketTimeoutException: Read timed out", app: "Salesforce", entry: 25),
    Case(text: "HttpRequestFailure: Server returned: 400 Bad Request", app: "Salesforce", entry: 26),
    Case(
      text:
        "java.lang.RuntimeException: com.adallom.adalib.httputils.exceptions.HttpRequestFailure: Server returned: 403 Forbidden",
      app: nil, entry: 27),
    Case(
      text:
        #"Get events: {"code":403,"serverResponse":{"headers":{"content-type":"application/json"},"body":"{\"error\":\"permission denied\"}"}}"#,
      app: nil, entry: 28),
    Case(
      text: #"{"code":400,"serverResponse":{"headers":{},"body":"{\"error\":\"invalid_grant\"}"}}"#, app: nil, entry: 29
    ),
    Case(text: #"{"code":401,"serverResponse":{"body":"{\"error\":\"invalid_client\"}"}}"#, app: "Workday", entry: 30),
    // Without an app, the first of equally specific entries wins: Exchange Online's 401 comes first.
    Case(text: "HttpRequestFailure: Server returned: 401 Unauthorized", app: nil, entry: 8),
    // Unrelated text finds nothing.
    Case(text: "Everything is fine", app: nil, entry: nil),
    Case(text: "java.io.FileNotFoundException: /var/lib/connector/state.json", app: nil, entry: nil),
    Case(text: "HttpRequestFailure: Server returned: 200 OK", app: nil, entry: nil),
    Case(text: "", app: nil, entry: nil),
    // Rows of "All apps" concern every app.
    Case(text: "Service timeout", app: "Okta", entry: 1),
  ]
}

/// `CustomTestStringConvertible` without importing Testing into this support file's users.
public protocol CustomTestStringConvertibleLike {
  var testDescription: String { get }
}
