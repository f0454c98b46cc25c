"""Networking: virtual networks, endpoints, NAT pools, public IPs and security rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
    DynamicVNetAssignmentScope,
    InboundEndpointProtocol,
    IpAddressProvisioningType,
    IPFamily,
    NetworkSecurityGroupRuleAccess,
)

__all__ = [
    "BatchJobNetworkConfiguration",
    "NetworkConfiguration",
    "BatchPoolEndpointConfiguration",
    "BatchInboundNatPool",
    "NetworkSecurityGroupRule",
    "BatchPublicIpAddressConfiguration",
    "IPTag",
]


def _not_reserved_backend_port(value: int) -> Optional[str]:
    """Batch reserves backend ports 29876 and 29877."""
    return "ports 29876 and 29877 are reserved" if value in (29876, 29877) else None


def _not_reserved_frontend_port(value: int) -> Optional[str]:
    """Batch reserves frontend ports 50000 to 55000."""
    return "ports 50000 to 55000 are reserved" if 50000 <= value <= 55000 else None


class BatchJobNetworkConfiguration(Model):
    """Network settings for a job."""

    subnet_id: str = rest_field()
    """ARM resource ID of the virtual network subnet used by the job's nodes."""
    skip_withdraw_from_vnet: Optional[bool] = rest_field(name="skipWithdrawFromVNet")
    """Whether nodes stay joined to the VNet when the job is terminated or deleted."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            subnet_id: str,
            skip_withdraw_from_vnet: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class NetworkConfiguration(Model):
    """Virtual network and endpoint settings for a pool."""

    subnet_id: Optional[str] = rest_field()
    """ARM resource ID of the virtual network subnet the nodes join."""
    dynamic_vnet_assignment_scope: Optional[Union[str, DynamicVNetAssignmentScope]] = rest_field(
        name="dynamicVNetAssignmentScope"
    )
    """Scope of dynamic VNet assignment, none or job; none when absent."""
    endpoint_configuration: Optional[BatchPoolEndpointConfiguration] = rest_field()
    """Inbound endpoint configuration for the nodes of the pool."""
    public_ip_address_configuration: Optional[BatchPublicIpAddressConfiguration] = rest_field(
        name="publicIPAddressConfiguration"
    )
    """Public IP address settings for the nodes of the pool."""
    enable_accelerated_networking: Optional[bool] = rest_field()
    """Whether to enable accelerated networking (SR-IOV) on the nodes."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            subnet_id: Optional[str] = None,
            dynamic_vnet_assignment_scope: Optional[Union[str, DynamicVNetAssignmentScope]] = None,
            endpoint_configuration: Optional[BatchPoolEndpointConfiguration] = None,
            public_ip_address_configuration: Optional[BatchPublicIpAddressConfiguration] = None,
            enable_accelerated_networking: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolEndpointConfiguration(Model):
    """Endpoint settings for a pool."""

    inbound_nat_pools: List[BatchInboundNatPool] = rest_field(name="inboundNATPools")
    """Inbound NAT pools for reaching nodes externally; at most 5 per pool."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            inbound_nat_pools: List[BatchInboundNatPool],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchInboundNatPool(Model):
    """An inbound NAT pool used to reach ports on pool nodes externally."""

    name: str = rest_field()
    """Name of the NAT pool, unique within the pool; letters, digits, _ . - only."""
    protocol: Union[str, InboundEndpointProtocol] = rest_field()
    """Protocol of the endpoint (TCP or UDP)."""
    backend_port: int = rest_field(ge=1, le=65535, check=_not_reserved_backend_port)
    """Port on the node, 1..65535; 22, 3389, 29876 and 29877 are reserved."""
    frontend_port_range_start: int = rest_field(ge=1, le=65534, check=_not_reserved_frontend_port)
    """First external port, 1..65534; range 50000..55000 is reserved."""
    frontend_port_range_end: int = rest_field(ge=1, le=65534, check=_not_reserved_frontend_port)
    """Last external port, 1..65534; range 50000..55000 is reserved."""
    network_security_group_rules: Optional[List[NetworkSecurityGroupRule]] = rest_field()
    """Network security group rules applied to the endpoint; at most 25."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            protocol: Union[str, InboundEndpointProtocol],
            backend_port: int,
            frontend_port_range_start: int,
            frontend_port_range_end: int,
            network_security_group_rules: Optional[List[NetworkSecurityGroupRule]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class NetworkSecurityGroupRule(Model):
    """A network security group rule applied to a pool inbound endpoint."""

    priority: int = rest_field(ge=150, le=4096)
    """Rule priority from 150 to 4096, unique in the pool; lower numbers win."""
    access: Union[str, NetworkSecurityGroupRuleAccess] = rest_field()
    """Whether matching traffic is allowed or denied."""
    source_address_prefix: str = rest_field()
    """Source IP, CIDR subnet, service tag or '*' to match."""
    source_port_ranges: Optional[List[str]] = rest_field()
    """Source ports or ranges such as '100-200' to match; '*' when absent."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            priority: int,
            access: Union[str, NetworkSecurityGroupRuleAccess],
            source_address_prefix: str,
            source_port_ranges: Optional[List[str]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPublicIpAddressConfiguration(Model):
    """Public IP address settings for a pool's nodes."""

    ip_address_provisioning_type: Optional[Union[str, IpAddressProvisioningType]] = rest_field(
        name="provision"
    )
    """How public IPs are provisioned; default Batch-managed."""
    ip_families: Optional[List[Union[str, IPFamily]]] = rest_field()
    """IP families (IPv4, IPv6) for the public IPs of the nodes."""
    ip_address_ids: Optional[List[str]] = rest_field()
    """ARM IDs of user-provided public IPs used when provisioning nodes."""
    ip_tags: Optional[List[IPTag]] = rest_field()
    """IP tags applied to the new public IP addresses."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            ip_address_provisioning_type: Optional[Union[str, IpAddressProvisioningType]] = None,
            ip_families: Optional[List[Union[str, IPFamily]]] = None,
            ip_address_ids: Optional[List[str]] = None,
            ip_tags: Optional[List[IPTag]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class IPTag(Model):
    """An IP tag attached to a public IP address of the pool."""

    ip_tag_type: Optional[str] = rest_field()
    """Category of the IP tag, e.g. 'FirstPartyUsage'."""
    tag: Optional[str] = rest_field()
    """Value of the IP tag, e.g. 'SQL' or 'Storage'."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            ip_tag_type: Optional[str] = None,
            tag: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
