using System;
using Microsoft.Graph;

class Program {
  static void Main() {
    // <connect>
    var client = new GraphServiceClient(new DefaultAzureCredential(), new[] { "https://graph.microsoft.com/.default" });
    Console.WriteLine("Connected");
    // </connect>
  }
}
