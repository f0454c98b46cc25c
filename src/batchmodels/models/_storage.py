"""Storage: resource files, output files, mounts and node identities."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import OutputFileUploadCondition

__all__ = [
    "ResourceFile",
    "BatchNodeIdentityReference",
    "OutputFile",
    "OutputFileDestination",
    "OutputFileBlobContainerDestination",
    "OutputFileUploadHeader",
    "OutputFileUploadConfiguration",
    "MountConfiguration",
    "AzureBlobFileSystemConfiguration",
    "NfsMountConfiguration",
    "CifsMountConfiguration",
    "AzureFileShareConfiguration",
    "BatchNodeFile",
    "FileProperties",
]


class ResourceFile(Model):
    """A file or set of blobs downloaded to a node before a task runs."""

    auto_storage_container_name: Optional[str] = rest_field()
    """Container in the auto-storage account to download; one source only."""
    storage_container_url: Optional[str] = rest_field()
    """URL of a blob container to download, readable via SAS or identity."""
    http_url: Optional[str] = rest_field()
    """HTTP(S) URL of a single file to download; one source only."""
    blob_prefix: Optional[str] = rest_field()
    """Only download blobs with this name prefix; container sources only."""
    file_path: Optional[str] = rest_field()
    """Target path relative to the task working dir; required with http_url."""
    file_mode: Optional[str] = rest_field()
    """Octal file permission mode, Linux only; 0770 when absent."""
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()
    """Managed identity used to access the storage source."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            auto_storage_container_name: Optional[str] = None,
            storage_container_url: Optional[str] = None,
            http_url: Optional[str] = None,
            blob_prefix: Optional[str] = None,
            file_path: Optional[str] = None,
            file_mode: Optional[str] = None,
            identity_reference: Optional[BatchNodeIdentityReference] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeIdentityReference(Model):
    """Reference to a user-assigned identity on the pool's nodes."""

    resource_id: Optional[str] = rest_field()
    """ARM resource ID of the user-assigned managed identity."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            resource_id: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class OutputFile(Model):
    """A rule for uploading files from a node after a task process exits."""

    file_pattern: str = rest_field()
    """Files to upload, relative to the task working dir; supports *, ** and ?."""
    destination: OutputFileDestination = rest_field()
    """Where the matched files are uploaded."""
    upload_options: OutputFileUploadConfiguration = rest_field()
    """Conditions under which the upload is performed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            file_pattern: str,
            destination: OutputFileDestination,
            upload_options: OutputFileUploadConfiguration,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class OutputFileDestination(Model):
    """The destination for uploaded output files."""

    container: Optional[OutputFileBlobContainerDestination] = rest_field()
    """Azure Blob Storage container to upload files into."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            container: Optional[OutputFileBlobContainerDestination] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class OutputFileBlobContainerDestination(Model):
    """An Azure Blob Storage container that receives output files."""

    path: Optional[str] = rest_field()
    """Blob name, or virtual directory when the pattern matches multiple files."""
    container_url: str = rest_field()
    """URL of the container, with a write SAS unless an identity is used."""
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()
    """Managed identity used to write to the container."""
    upload_headers: Optional[List[OutputFileUploadHeader]] = rest_field()
    """Custom HTTP headers added to each blob upload request."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            container_url: str,
            path: Optional[str] = None,
            identity_reference: Optional[BatchNodeIdentityReference] = None,
            upload_headers: Optional[List[OutputFileUploadHeader]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class OutputFileUploadHeader(Model):
    """An HTTP header sent when uploading an output file."""

    name: str = rest_field()
    """Case-insensitive name of the HTTP header."""
    value: Optional[str] = rest_field()
    """Value of the HTTP header."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            value: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class OutputFileUploadConfiguration(Model):
    """Options controlling when an output file upload happens."""

    upload_condition: Union[str, OutputFileUploadCondition] = rest_field()
    """When to upload: on task success, task failure, or any completion."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            upload_condition: Union[str, OutputFileUploadCondition],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class MountConfiguration(Model):
    """A file system mounted on each node; set exactly one of the kinds."""

    azure_blob_file_system_configuration: Optional[AzureBlobFileSystemConfiguration] = rest_field()
    """Azure Blob container mounted with blobfuse."""
    nfs_mount_configuration: Optional[NfsMountConfiguration] = rest_field()
    """NFS file system to mount."""
    cifs_mount_configuration: Optional[CifsMountConfiguration] = rest_field()
    """CIFS/SMB file system to mount."""
    azure_file_share_configuration: Optional[AzureFileShareConfiguration] = rest_field()
    """Azure Files share to mount."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            azure_blob_file_system_configuration: Optional[AzureBlobFileSystemConfiguration] = None,
            nfs_mount_configuration: Optional[NfsMountConfiguration] = None,
            cifs_mount_configuration: Optional[CifsMountConfiguration] = None,
            azure_file_share_configuration: Optional[AzureFileShareConfiguration] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class AzureBlobFileSystemConfiguration(Model):
    """Settings for mounting a Blob container on nodes with blobfuse."""

    account_name: str = rest_field()
    """Name of the Azure Storage account that holds the container."""
    container_name: str = rest_field()
    """Name of the Blob container to mount."""
    account_key: Optional[str] = rest_field(secret=True)
    """Storage account key; exclusive with sas_key and identity_reference."""
    sas_key: Optional[str] = rest_field(secret=True)
    """SAS token for the container; exclusive with account_key and identity_reference."""
    blobfuse_options: Optional[str] = rest_field()
    """Extra command-line options passed to blobfuse."""
    relative_mount_path: str = rest_field()
    """Path under the Batch mounts directory (AZ_BATCH_NODE_MOUNTS_DIR)."""
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()
    """User-assigned managed identity used to access the container."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            account_name: str,
            container_name: str,
            relative_mount_path: str,
            account_key: Optional[str] = None,
            sas_key: Optional[str] = None,
            blobfuse_options: Optional[str] = None,
            identity_reference: Optional[BatchNodeIdentityReference] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class NfsMountConfiguration(Model):
    """Settings for mounting an NFS file system on pool nodes."""

    source: str = rest_field()
    """URI of the NFS file system to mount."""
    relative_mount_path: str = rest_field()
    """Mount path relative to the AZ_BATCH_NODE_MOUNTS_DIR directory on the node."""
    mount_options: Optional[str] = rest_field()
    """Extra options passed to the mount command."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            source: str,
            relative_mount_path: str,
            mount_options: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class CifsMountConfiguration(Model):
    """Settings for mounting a CIFS/SMB file share on pool nodes."""

    username: str = rest_field()
    """User name used to authenticate to the CIFS file share."""
    source: str = rest_field()
    """URI of the CIFS file system to mount."""
    relative_mount_path: str = rest_field()
    """Mount path relative to the AZ_BATCH_NODE_MOUNTS_DIR directory on the node."""
    mount_options: Optional[str] = rest_field()
    """Extra options passed to the mount command, e.g. net use or mount flags."""
    password: str = rest_field(secret=True)
    """Password for the CIFS share; a secret sent only in requests."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            username: str,
            source: str,
            relative_mount_path: str,
            password: str,
            mount_options: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class AzureFileShareConfiguration(Model):
    """Settings for mounting an Azure Files share on pool nodes."""

    account_name: str = rest_field()
    """Name of the Azure Storage account that holds the share."""
    account_key: str = rest_field(secret=True)
    """Storage account key used to access the file share."""
    azure_file_url: str = rest_field()
    """URL of the file share, e.g. 'https://account.file.core.windows.net/share'."""
    relative_mount_path: str = rest_field()
    """Path under the Batch mounts directory (AZ_BATCH_NODE_MOUNTS_DIR)."""
    mount_options: Optional[str] = rest_field()
    """Extra options for the mount command (net use on Windows, mount on Linux)."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            account_name: str,
            account_key: str,
            azure_file_url: str,
            relative_mount_path: str,
            mount_options: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeFile(Model):
    """A file or directory on a compute node."""

    name: Optional[str] = rest_field()
    """Path of the file or directory."""
    url: Optional[str] = rest_field()
    """URL of the file."""
    is_directory: Optional[bool] = rest_field()
    """Whether the entry is a directory."""
    properties: Optional[FileProperties] = rest_field()
    """Properties of the file."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: Optional[str] = None,
            url: Optional[str] = None,
            is_directory: Optional[bool] = None,
            properties: Optional[FileProperties] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class FileProperties(Model):
    """Properties of a file on a compute node."""

    creation_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the file was created, RFC 3339 UTC; absent on Linux nodes."""
    last_modified: datetime.datetime = rest_field(format="rfc3339")
    """Time the file was last changed, RFC 3339 UTC."""
    content_length: int = rest_field(format="str", ge=0)
    """Length of the file in bytes; a string on the wire."""
    content_type: Optional[str] = rest_field()
    """Content type of the file."""
    file_mode: Optional[str] = rest_field()
    """File mode in octal, e.g. '0644'; Linux nodes only."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            last_modified: datetime.datetime,
            content_length: int,
            creation_time: Optional[datetime.datetime] = None,
            content_type: Optional[str] = None,
            file_mode: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
