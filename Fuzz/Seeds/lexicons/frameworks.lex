@entities framework
Middle Corridor Pact	kind=agreement	acronym=MCP	sponsor=Kazakhstan|China	year=2023	alias=the Pact
