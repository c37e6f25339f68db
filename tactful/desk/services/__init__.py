"""Every write of the desk, one verb per function (see docs/architecture.md).

Each service checks permission, writes in one transaction, records an audit event in that
transaction and publishes a change event after commit. Views, API endpoints, channel
adapters, commands and tasks call these; none of them writes through the ORM directly.
"""
